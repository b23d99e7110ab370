package org.entente.command.publishing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.entente.command.ledger.LeafIndexes;
import org.entente.command.ledger.LedgerMetaData;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Publishes each stored event as a CloudEvent 1.0 in Kafka binary mode: the attributes in {@code ce_} headers,
 * the event's JSON as the value, the partnership id as the key (order per partnership). Our own identity, not
 * the framework's: {@code type} names the event and its revision, {@code source} is this service. Extensions
 * carry the sequence number, who acted for which institution, the correlation and causation ids, the event's
 * chain hash and leaf index in the verifiable ledger, the day an imported step really took effect, and the version
 * of its envelope (2: each personal value is the text of its salted commitment, opened through the vault).
 */
@Component
class CloudEventRecords implements KafkaMessageConverter<String, byte[]> {

    static final String SOURCE = "/entente/command-service";

    private final ObjectMapper json;
    private final LeafIndexes leaves;

    CloudEventRecords(@Qualifier("defaultAxonObjectMapper") ObjectMapper json, LeafIndexes leaves) {
        this.json = json;
        this.leaves = leaves;
    }

    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> message, String topic) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        PartnershipEvent payload = (PartnershipEvent) event.getPayload();
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", "1.0");
        add(headers, "ce_id", event.getIdentifier());
        add(headers, "ce_source", SOURCE);
        add(headers, "ce_type", EventCatalog.cloudEventType(payload.getClass()));
        add(headers, "ce_subject", event.getAggregateIdentifier());
        add(headers, "ce_time", event.getTimestamp().toString());
        add(headers, "ce_dataschema", dataSchema(payload));
        add(headers, "content-type", "application/json");
        add(headers, "ce_sequence", Long.toString(event.getSequenceNumber()));
        add(headers, "ce_actorid", (String) event.getMetaData().get("actorId"));
        add(headers, "ce_actorname", (String) event.getMetaData().get("actorName"));
        add(headers, "ce_actorinstitution", (String) event.getMetaData().get("actorInstitution"));
        // Axon's traceId is the request that started it all; its correlationId is the message that caused this one.
        add(headers, "ce_correlationid", (String) event.getMetaData().get("traceId"));
        add(headers, "ce_causationid", (String) event.getMetaData().get("correlationId"));
        // Its place in the verifiable ledger, stored with the event: published again after a crash, it is the same.
        add(headers, "ce_chainhash", (String) event.getMetaData().get(LedgerMetaData.CHAIN_HASH));
        add(headers, "ce_ledgerindex", ledgerIndex(event));
        add(headers, "ce_effectivedate", (String) event.getMetaData().get(LedgerMetaData.EFFECTIVE_DATE));
        // Version 2: the personal values above and in the data are the texts of their commitments (issue 21).
        add(headers, "ce_envelope", (String) event.getMetaData().get(LedgerMetaData.ENVELOPE));
        return new ProducerRecord<>(topic, null, null, event.getAggregateIdentifier(), data(payload), headers);
    }

    /**
     * The event's leaf index: in its metadata for events stored before issue 12, in {@code ledger_leaf} since the
     * index is given at commit.
     */
    private String ledgerIndex(DomainEventMessage<?> event) {
        String stored = (String) event.getMetaData().get(LedgerMetaData.LEDGER_INDEX);
        if (stored != null) {
            return stored;
        }
        OptionalLong index = leaves.of(event.getIdentifier());
        return index.isPresent() ? Long.toString(index.getAsLong()) : null;
    }

    /** The command side publishes only. */
    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        throw new UnsupportedOperationException("The command service does not consume the partnership topic");
    }

    private static String dataSchema(PartnershipEvent payload) {
        String resource = EventCatalog.schemaResource(payload.getClass());
        return "urn:entente:schema:" + resource.substring(resource.lastIndexOf('/') + 1)
                .replace(".schema.json", "").replace(".v", ":v");
    }

    private byte[] data(PartnershipEvent payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + payload.getClass().getSimpleName(), e);
        }
    }

    private static void add(RecordHeaders headers, String name, String value) {
        if (value != null && !value.isEmpty()) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
