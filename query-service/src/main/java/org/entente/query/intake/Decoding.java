package org.entente.query.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent;
import org.entente.query.readmodel.ContractReader;
import org.entente.query.readmodel.ReceivedEvent;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a record as any subscriber would: a CloudEvent in Kafka binary mode, its type resolved through the
 * published catalogue, never from a Java class name, and its data of any earlier revision upcast to today's.
 * Anything the contract does not allow is refused with the reason, for the record to be parked.
 */
@Component
class Decoding {

    private final ContractReader contract;

    Decoding(ContractReader contract) {
        this.contract = contract;
    }

    ReceivedEvent decode(ReceivedRecord record) throws UndecodableRecord {
        String id = required(record, "ce_id");
        if (id.length() > 64) {
            throw new UndecodableRecord("Header ce_id is longer than 64 characters");
        }
        String type = required(record, "ce_type");
        EventUpcasters.Reading reading = reading(type);
        Long sequence = Optional.ofNullable(record.sequence())
                .orElseThrow(() -> new UndecodableRecord("Header ce_sequence is missing or not a number"));
        Instant time = time(required(record, "ce_time"));
        if (record.value() == null) {
            throw new UndecodableRecord("The record has no data");
        }
        PartnershipEvent event;
        try {
            event = contract.read(reading, record.value());
        } catch (JsonProcessingException e) {
            throw new UndecodableRecord("Data is not a valid " + reading.eventClass().getSimpleName() + ": "
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
                record.header("ce_causationid"), record.partition(), record.offset(), LedgerDecoding.of(record),
                effectiveDate(record.header("ce_effectivedate")));
    }

    /**
     * An imported step's day, exactly {@code YYYY-MM-DD}: the ledger commits to the header's text, and the event
     * log keeps the date, so only a text the date gives back is accepted.
     */
    private static LocalDate effectiveDate(String value) throws UndecodableRecord {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.toString().equals(value)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // Said below.
        }
        throw new UndecodableRecord("Header ce_effectivedate is not a date (YYYY-MM-DD): " + value);
    }

    private EventUpcasters.Reading reading(String type) throws UndecodableRecord {
        try {
            return contract.reading(type);
        } catch (EventUpcasters.UnreadableEvent e) {
            throw new UndecodableRecord(e.getMessage());
        }
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
