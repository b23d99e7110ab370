package org.entente.query.intake;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record of the partnership topic exactly as it arrived, before anything is made of it: what a parked event
 * keeps, so that a retry reads it afresh, with whatever contract and code the service has by then.
 */
public record ReceivedRecord(String topic, int partition, long offset, String key, Map<String, String> headers,
                             byte[] value) {

    public ReceivedRecord {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    public static ReceivedRecord of(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            // The last value of a repeated header wins, as Kafka's lastHeader does.
            headers.put(text(header.key()), header.value() == null ? null
                    : text(new String(header.value(), StandardCharsets.UTF_8)));
        }
        return new ReceivedRecord(record.topic(), record.partition(), record.offset(), text(record.key()), headers,
                record.value());
    }

    /**
     * PostgreSQL text cannot hold NUL, and every header may end up in a query or a parked row: a NUL is read as
     * U+FFFD, so that a malformed record is parked instead of failing every statement about it.
     */
    private static String text(String value) {
        return value == null ? null : value.replace('\u0000', '\uFFFD');
    }

    public String header(String name) {
        return headers.get(name);
    }

    /** The CloudEvent id, when the record has one. */
    public String eventId() {
        return header("ce_id");
    }

    /** Whose sequence the record belongs to: the CloudEvent subject, or else the Kafka key. */
    public String partnershipKey() {
        String subject = header("ce_subject");
        return subject != null ? subject : key;
    }

    /** The sequence number the header claims, when it is a number. */
    public Long sequence() {
        try {
            String sequence = header("ce_sequence");
            return sequence == null ? null : Long.valueOf(sequence);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
