package org.entente.command.eventstore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.entente.events.EventCatalog;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent;
import org.entente.events.PublishedType;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contract's upcasters in Axon's chain: an event stored under an earlier revision of its type is read as
 * today's, by the same steps query-service and any subscriber take, so an aggregate's history never fails to load
 * for its age. The store keeps the class name Axon wrote and the revision {@link EventStoreConfiguration} resolved.
 */
final class ContractUpcasting extends SingleEventUpcaster {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final Map<String, Class<? extends PartnershipEvent>> STORED_NAMES = EventCatalog.types().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getName, Function.identity()));

    private final ObjectMapper json;
    private final EventUpcasters upcasters;

    ContractUpcasting(ObjectMapper json, EventUpcasters upcasters) {
        this.json = json;
        this.upcasters = upcasters;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return earlierRevision(stored).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        PublishedType type = earlierRevision(stored).orElseThrow();
        EventUpcasters.Reading reading = upcasters.reading(type);
        String today = Integer.toString(PartnershipEvent.typeOf(reading.eventClass()).revision());
        return stored.upcastPayload(new SimpleSerializedType(stored.getType().getName(), today), JsonNode.class,
                data -> json.valueToTree(reading.upcast(json.convertValue(data, OBJECT))));
    }

    /** The published type of a stored event whose revision is older than its class's today. */
    private static Optional<PublishedType> earlierRevision(IntermediateEventRepresentation stored) {
        Class<? extends PartnershipEvent> eventClass = STORED_NAMES.get(stored.getType().getName());
        String revision = stored.getType().getRevision();
        if (eventClass == null || revision == null || !revision.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        org.entente.events.EventType today = PartnershipEvent.typeOf(eventClass);
        int at = Integer.parseInt(revision);
        return at < today.revision() ? Optional.of(new PublishedType(today.name(), at)) : Optional.empty();
    }
}
