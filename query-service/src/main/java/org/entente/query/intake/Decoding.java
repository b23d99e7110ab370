package org.entente.query.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;
import org.entente.query.readmodel.ReceivedEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a record as any subscriber would: a CloudEvent in Kafka binary mode, its type resolved through the
 * published catalogue, never from a Java class name. Anything the contract does not allow is refused with the
 * reason, for the record to be parked.
 */
@Component
class Decoding {

    private final ObjectMapper json;

    Decoding(@Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.json = json;
    }

    ReceivedEvent decode(ReceivedRecord record) throws UndecodableRecord {
        String id = required(record, "ce_id");
        if (id.length() > 64) {
            throw new UndecodableRecord("Header ce_id is longer than 64 characters");
        }
        String type = required(record, "ce_type");
        Class<? extends PartnershipEvent> eventClass = EventCatalog.forCloudEventType(type)
                .orElseThrow(() -> new UndecodableRecord("Type " + type + " is unknown to this version of the contract"));
        Long sequence = Optional.ofNullable(record.sequence())
                .orElseThrow(() -> new UndecodableRecord("Header ce_sequence is missing or not a number"));
        Instant time = time(required(record, "ce_time"));
        if (record.value() == null) {
            throw new UndecodableRecord("The record has no data");
        }
        PartnershipEvent event;
        try {
            event = json.readValue(record.value(), eventClass);
        } catch (JsonProcessingException e) {
            throw new UndecodableRecord("Data is not a valid " + eventClass.getSimpleName() + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UndecodableRecord("Data is unreadable: " + e.getMessage());
        }
        String subject = required(record, "ce_subject");
        if (event.partnershipId() == null || !event.partnershipId().toString().equals(subject)) {
            throw new UndecodableRecord("Subject " + subject + " is not the partnership of the data, "
                    + event.partnershipId());
        }
        return new ReceivedEvent(id, event, sequence, time, record.header("ce_actorid"),
                record.header("ce_actorinstitution"), record.header("ce_correlationid"),
                record.header("ce_causationid"), record.partition(), record.offset(), LedgerDecoding.of(record));
    }

    private static String required(ReceivedRecord record, String header) throws UndecodableRecord {
        String value = record.header(header);
        if (value == null || value.isBlank()) {
            throw new UndecodableRecord("Header " + header + " is missing");
        }
        return value;
    }

    private static Instant time(String value) throws UndecodableRecord {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UndecodableRecord("Header ce_time is not an instant: " + value);
        }
    }

    /** The record breaks the contract; the message says how. */
    static final class UndecodableRecord extends Exception {
        UndecodableRecord(String message) {
            super(message, null, false, false);
        }
    }
}
