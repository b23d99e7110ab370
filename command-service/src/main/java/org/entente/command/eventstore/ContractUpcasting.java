package org.entente.command.eventstore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent;
import org.entente.events.PublishedType;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The contract's upcasters in Axon's chain: an event stored under an earlier revision of its type is read as
 * today's, by the same steps query-service and any subscriber take, so an aggregate's history never fails to load
 * for its age. The store keeps the class name Axon wrote and the revision {@link EventStoreConfiguration} resolved.
 */
final class ContractUpcasting extends SingleEventUpcaster {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    /** The published type of each event class, by the name Axon stores it under. */
    private static final Map<String, EventType> STORED_NAMES = EventCatalog.types().stream()
            .collect(Collectors.toUnmodifiableMap(Class::getName, PartnershipEvent::typeOf));

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

    /**
     * The published type of a stored event whose revision is older than its class's today. Asked of every event an
     * aggregate loads: today's revision is answered by a lookup and a comparison.
     */
    private static Optional<PublishedType> earlierRevision(IntermediateEventRepresentation stored) {
        EventType today = STORED_NAMES.get(stored.getType().getName());
        String revision = stored.getType().getRevision();
        if (today == null || revision == null || revision.equals(Integer.toString(today.revision()))) {
            return Optional.empty();
        }
        try {
            int at = Integer.parseInt(revision);
            return at >= 0 && at < today.revision() ? Optional.of(new PublishedType(today.name(), at)) : Optional.empty();
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
