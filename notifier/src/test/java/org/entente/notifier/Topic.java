package org.entente.notifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Publishes events on a test topic as the command service does: CloudEvents in Kafka binary mode. */
public final class Topic implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String name;
    private final KafkaProducer<String, byte[]> producer;

    public Topic(String bootstrapServers, String name) {
        this.name = name;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the event at that position of its partnership's stream, recorded at {@code time}; its id. */
    public String publish(long sequence, Instant time, PartnershipEvent event) throws Exception {
        String id = UUID.randomUUID().toString();
        publish(id, sequence, time, event);
        return id;
    }

    /** Publishes an event recorded {@code time} that took effect on an earlier day, {@code effectiveDate}. */
    public void publish(long sequence, Instant time, LocalDate effectiveDate, PartnershipEvent event)
            throws Exception {
        send(record(UUID.randomUUID().toString(), sequence, time, event), Map.of("ce_effectivedate",
                effectiveDate.toString()));
    }

    /** Publishes it under a given id: the same record again, as a producer's retry does. */
    public void publish(String id, long sequence, Instant time, PartnershipEvent event) throws Exception {
        send(record(id, sequence, time, event), Map.of());
    }

    private void send(ProducerRecord<String, byte[]> record, Map<String, String> extensions) throws Exception {
        extensions.forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private ProducerRecord<String, byte[]> record(String id, long sequence, Instant time, PartnershipEvent event)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(name, event.partnershipId().toString(),
                JSON.writeValueAsBytes(event));
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", id,
                "ce_source", "/entente/command-service", "ce_type", EventCatalog.cloudEventType(event.getClass()),
                "ce_subject", event.partnershipId().toString(), "ce_time", time.toString(),
                "ce_sequence", Long.toString(sequence), "content-type", "application/json");
        headers.forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    @Override
    public void close() {
        producer.close();
    }
}
