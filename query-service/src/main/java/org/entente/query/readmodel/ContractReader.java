package org.entente.query.readmodel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;

/**
 * Reads an event's data of any published revision as today's event, through the contract's upcasters: the records
 * of the topic as they arrive, and at every replay the event log's rows, which an earlier version of this service
 * may have logged under an earlier revision. A record is never parked for its age.
 */
@Component
public class ContractReader {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final EventUpcasters upcasters;

    public ContractReader(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json;
        this.upcasters = EventUpcasters.contract();
    }

    /**
     * How a type is read.
     *
     * @throws EventUpcasters.UnreadableEvent for a type this version of the contract cannot read, with the reason
     */
    public EventUpcasters.Reading reading(String cloudEventType) {
        return upcasters.reading(cloudEventType);
    }

    /** The event {@code data} holds, upcast first when it is of an earlier revision. */
    public PartnershipEvent read(EventUpcasters.Reading reading, byte[] data) throws IOException {
        if (!reading.upcasts()) {
            return json.readValue(data, reading.eventClass());
        }
        Map<String, Object> upcast = reading.upcast(json.readValue(data, OBJECT));
        return json.treeToValue(json.valueToTree(upcast), reading.eventClass());
    }
}
