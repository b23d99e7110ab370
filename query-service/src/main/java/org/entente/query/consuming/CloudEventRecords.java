package org.entente.query.consuming;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the partnership topic as any subscriber would: CloudEvents in Kafka binary mode, the event type from
 * {@code ce_type} resolved through the published catalogue, never from a Java class name.
 */
@Component
class CloudEventRecords implements KafkaMessageConverter<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(CloudEventRecords.class);

    private final ObjectMapper json;

    CloudEventRecords(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        Optional<Class<? extends PartnershipEvent>> eventClass = EventCatalog.forCloudEventType(type);
        if (eventClass.isEmpty()) {
            log.error("Record {}-{}@{} has type {}, unknown to this version of the contract; not projected",
                    record.topic(), record.partition(), record.offset(), type);
            return Optional.empty();
        }
        PartnershipEvent payload = read(record.value(), eventClass.get());
        Map<String, String> metaData = new HashMap<>();
        putIfPresent(metaData, "actorId", header(record, "ce_actorid"));
        putIfPresent(metaData, "actorInstitution", header(record, "ce_actorinstitution"));
        putIfPresent(metaData, "traceId", header(record, "ce_correlationid"));
        putIfPresent(metaData, "correlationId", header(record, "ce_causationid"));
        GenericMessage<PartnershipEvent> message = new GenericMessage<>(header(record, "ce_id"), payload,
                MetaData.from(metaData));
        return Optional.of(new GenericDomainEventMessage<>("Partnership", header(record, "ce_subject"),
                Long.parseLong(header(record, "ce_sequence")), message, Instant.parse(header(record, "ce_time"))));
    }

    /** The query side consumes only. */
    @Override
    public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
        throw new UnsupportedOperationException("The query service does not publish to the partnership topic");
    }

    private PartnershipEvent read(byte[] data, Class<? extends PartnershipEvent> type) {
        try {
            return json.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + type.getSimpleName() + " data", e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void putIfPresent(Map<String, String> metaData, String key, String value) {
        if (value != null) {
            metaData.put(key, value);
        }
    }
}
