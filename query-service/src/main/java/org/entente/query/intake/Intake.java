package org.entente.query.intake;

import org.entente.query.audit.EventLog;
import org.entente.query.intake.Decoding.UndecodableRecord;
import org.entente.query.intake.ParkedEvent.Cause;
import org.entente.query.portfolio.PartnershipProjection;
import org.entente.query.readmodel.ReceivedEvent;
import org.entente.query.readmodel.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way into the read models (DESIGN §2, guarantees 3 and 5). Runs inside the caller's transaction, the
 * one that also stores the consumer position: a record is applied once, however often it is delivered, or parked
 * with its error; a record of a partnership with a parked record waits behind it. Only failures of the database
 * itself propagate, so that the caller retries instead of parking good records.
 */
@Component
public class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final Decoding decoding;
    private final EventLog events;
    private final PartnershipProjection partnerships;
    private final ParkedEvents parked;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    Intake(Decoding decoding, EventLog events, PartnershipProjection partnerships, ParkedEvents parked,
           PlatformTransactionManager transactions) {
        this.decoding = decoding;
        this.events = events;
        this.partnerships = partnerships;
        this.parked = parked;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public enum Outcome {
        APPLIED, DUPLICATE, PARKED
    }

    public Outcome receive(Tables tables, ReceivedRecord record) {
        if (tables.isLive()) {
            events.lockForWriting(tables);
        }
        return receive(tables, record, null);
    }

    /**
     * Retries the live parked record with this id together with every parked record of its partnership, in their
     * order, in one transaction. Stops at the first that fails again: it and the ones behind it stay parked, under
     * their ids, with one more attempt counted.
     */
    public Retried retry(long id) {
        return transaction.execute(status -> retryInTransaction(id));
    }

    private Retried retryInTransaction(long id) {
        events.lockForWriting(Tables.LIVE);
        ParkedEvent asked = parked.find(id).orElseThrow(() -> new NoSuchParkedEvent(id));
        String partnership = asked.partnershipKey();
        List<ParkedEvent> sequence;
        if (partnership == null) {
            sequence = parked.take(Tables.LIVE, id);
        } else {
            parked.lockSequence(Tables.LIVE, partnership);
            sequence = parked.takeSequenceOf(Tables.LIVE, partnership);
        }
        List<Long> applied = new ArrayList<>();
        List<Long> stillParked = new ArrayList<>();
        for (ParkedEvent event : sequence) {
            Outcome outcome = receive(Tables.LIVE, event.record(), event);
            (outcome == Outcome.PARKED ? stillParked : applied).add(event.id());
        }
        return new Retried(partnership, applied, stillParked, stillParked.isEmpty() ? null
                : parked.find(stillParked.get(0)).map(ParkedEvent::error).orElse(null));
    }

    /** What a retry did: the ids applied (or found applied already) and those still parked, with the first error. */
    public record Retried(String partnershipKey, List<Long> applied, List<Long> stillParked, String error) {
    }

    /** No parked record has this id. */
    public static final class NoSuchParkedEvent extends RuntimeException {
        NoSuchParkedEvent(long id) {
            super("No parked event " + id);
        }
    }

    private Outcome receive(Tables tables, ReceivedRecord record, ParkedEvent before) {
        String eventId = record.eventId();
        if (eventId != null && (events.contains(tables, eventId) || parked.containsEvent(tables, eventId))) {
            return Outcome.DUPLICATE;
        }
        String partnership = record.partnershipKey();
        if (partnership != null) {
            parked.lockSequence(tables, partnership);
            Optional<ParkedEvent> blocker = parked.firstOf(tables, partnership);
            if (blocker.isPresent()) {
                parked.park(tables, record, Cause.WAITING, "Waits behind parked event " + blocker.get().id()
                        + " of the same partnership", before);
                return Outcome.PARKED;
            }
        }
        ReceivedEvent event;
        try {
            event = decoding.decode(record);
        } catch (UndecodableRecord e) {
            return park(tables, record, e.getMessage(), before);
        }
        try {
            savepoint.executeWithoutResult(status -> {
                if (events.record(tables, event)) {
                    partnerships.apply(tables, event);
                }
            });
            return Outcome.APPLIED;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isTransient(e)) {
                throw e;
            }
            return park(tables, record, describe(e), before);
        }
    }

    private Outcome park(Tables tables, ReceivedRecord record, String error, ParkedEvent before) {
        log.warn("Parked record {}-{}@{} (event {}, partnership {}): {}", record.topic(), record.partition(),
                record.offset(), record.eventId(), record.partnershipKey(), error);
        parked.park(tables, record, Cause.FAILED, error, before);
        return Outcome.PARKED;
    }

    private static String describe(Throwable e) {
        StringBuilder description = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            description.append("; caused by ").append(cause);
        }
        return description.toString();
    }
}
