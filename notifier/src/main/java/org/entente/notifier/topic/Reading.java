package org.entente.notifier.topic;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A record read as the contract says: its attributes in {@code ce_} headers, its data the JSON of its type at the
 * revision it names, upcast to today's. Tolerant of fields it does not know, as a subscriber one revision behind
 * must be.
 */
final class Reading {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final EventUpcasters contract = EventUpcasters.contract();

    Received read(ConsumerRecord<String, byte[]> record) throws Unreadable {
        EventUpcasters.Reading reading;
        try {
            reading = contract.reading(header(record, "ce_type"));
        } catch (EventUpcasters.UnreadableEvent e) {
            throw new Unreadable(e.getMessage());
        }
        if (record.value() == null) {
            throw new Unreadable("The record has no data");
        }
        return new Received(header(record, "ce_id"), sequence(record), time(record), effectiveDate(record),
                data(reading, record.value()));
    }

    private static PartnershipEvent data(EventUpcasters.Reading reading, byte[] data) throws Unreadable {
        try {
            if (!reading.upcasts()) {
                return JSON.readValue(data, reading.eventClass());
            }
            return JSON.convertValue(reading.upcast(JSON.readValue(data, OBJECT)), reading.eventClass());
        } catch (IOException | IllegalArgumentException e) {
            throw new Unreadable("Data is not a valid " + reading.eventClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    private static long sequence(ConsumerRecord<String, byte[]> record) throws Unreadable {
        String sequence = header(record, "ce_sequence");
        try {
            return Long.parseLong(sequence);
        } catch (NumberFormatException e) {
            throw new Unreadable("Header ce_sequence is not a number: " + sequence);
        }
    }

    private static Instant time(ConsumerRecord<String, byte[]> record) throws Unreadable {
        String time = header(record, "ce_time");
        try {
            return java.time.OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new Unreadable("Header ce_time is not an RFC 3339 time: " + time);
        }
    }

    /** Absent on every event that took effect when it was recorded. */
    private static LocalDate effectiveDate(ConsumerRecord<String, byte[]> record) throws Unreadable {
        if (record.headers().lastHeader("ce_effectivedate") == null) {
            return null;
        }
        String date = header(record, "ce_effectivedate");
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new Unreadable("Header ce_effectivedate is not a date (YYYY-MM-DD): " + date);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) throws Unreadable {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new Unreadable("Header " + name + " is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
