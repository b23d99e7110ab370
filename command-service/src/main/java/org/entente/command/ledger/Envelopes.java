package org.entente.command.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.entente.events.EventCatalog;
import org.entente.events.EventType;
import org.entente.events.PartnershipEvent;
import org.entente.ledger.Envelope;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The ledger's envelope of a stored event, from the same values its CloudEvent is published with: the id, the
 * type and revision, the partnership and sequence, the time as {@code ce_time} writes it, who acted, the trace
 * (correlation) and the message that caused it (causation), the data exactly as serialized for the topic, and the
 * effective date of an imported step.
 */
@Component
class Envelopes {

    private final ObjectMapper json;

    Envelopes(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json;
    }

    Envelope of(DomainEventMessage<?> event) {
        PartnershipEvent payload = (PartnershipEvent) event.getPayload();
        EventType type = payload.getClass().getAnnotation(EventType.class);
        return new Envelope(event.getIdentifier(), EventCatalog.cloudEventType(payload.getClass()),
                Integer.toString(type.revision()), event.getAggregateIdentifier(), event.getSequenceNumber(),
                storedTime(event.getTimestamp()), text(event, "actorId"), text(event, "actorName"),
                text(event, "actorInstitution"), text(event, "traceId"), text(event, "correlationId"), data(payload),
                text(event, LedgerMetaData.EFFECTIVE_DATE), version(event));
    }

    private static int version(DomainEventMessage<?> event) {
        return "2".equals(text(event, LedgerMetaData.ENVELOPE)) ? Envelope.V2 : Envelope.V1;
    }

    /**
     * The time as the event store keeps it (milliseconds), hence as {@code ce_time} publishes it: the clock's
     * instant carries more digits than are stored, and a verifier sees only what was stored.
     */
    private static String storedTime(Instant timestamp) {
        return DateTimeUtils.parseInstant(DateTimeUtils.formatInstant(timestamp)).toString();
    }

    private String data(PartnershipEvent payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + payload.getClass().getSimpleName(), e);
        }
    }

    /**
     * As published: the CloudEvent leaves an empty attribute out, so a verifier reading the topic sees none, and
     * the leaf must hash none.
     */
    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
