package org.entente.query.intake;

import org.entente.query.audit.EventLog;
import org.entente.query.intake.Decoding.UndecodableRecord;
import org.entente.query.intake.IntakePlan.Candidate;
import org.entente.query.portfolio.PartnershipProjection;
import org.entente.query.readmodel.ReceivedEvent;
import org.entente.query.readmodel.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Takes in a batch of records in the caller's transaction, with the same outcome as {@link Intake} record by
 * record, in a handful of statements: decoded and classified first ({@link IntakePlan}), then the events logged
 * together and each partnership's folded once. What the set-based path cannot judge goes record by record; and
 * when the data of a record breaks the set-based writing, it is undone to a savepoint and the whole batch goes
 * record by record, which parks the record at fault exactly as before. Failures of the database itself propagate
 * for the caller to retry.
 */
@Component
public class BatchIntake {

    private static final Logger log = LoggerFactory.getLogger(BatchIntake.class);
    private static final int PARALLEL_FROM = 64;

    private final Decoding decoding;
    private final EventLog events;
    private final ParkedEvents parked;
    private final PartnershipProjection partnerships;
    private final Intake oneByOne;
    private final TransactionTemplate savepoint;

    BatchIntake(Decoding decoding, EventLog events, ParkedEvents parked, PartnershipProjection partnerships,
                Intake oneByOne, PlatformTransactionManager transactions) {
        this.decoding = decoding;
        this.events = events;
        this.parked = parked;
        this.partnerships = partnerships;
        this.oneByOne = oneByOne;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public void receiveAll(Tables tables, List<ReceivedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        if (tables.isLive()) {
            events.lockForWriting(tables);
        }
        // Decoding is pure and most of a batch's CPU (RFC 8785 and SHA-256 for each leaf): spread over the cores.
        List<Candidate> candidates = (records.size() >= PARALLEL_FROM ? records.parallelStream() : records.stream())
                .map(record -> new Candidate(record, decoded(record))).toList();
        Set<String> keys = present(records, ReceivedRecord::partnershipKey);
        parked.lockSequences(tables, keys);
        Set<String> ids = present(records, ReceivedRecord::eventId);
        Set<String> taken = new LinkedHashSet<>(events.logged(tables, ids));
        taken.addAll(parked.parkedEvents(tables, ids));
        IntakePlan plan = IntakePlan.of(candidates, taken, parked.blocked(tables, keys));
        if (!plan.setBased().isEmpty() && !appliedTogether(tables, plan.setBased())) {
            records.forEach(record -> oneByOne.receive(tables, record));
            return;
        }
        plan.oneByOne().forEach(record -> oneByOne.receive(tables, record));
    }

    /** Logs and folds the events together; false, with nothing written, when their data broke a statement. */
    private boolean appliedTogether(Tables tables, List<ReceivedEvent> batch) {
        try {
            savepoint.executeWithoutResult(status -> partnerships.applyBatch(tables, events.recordAll(tables, batch)));
            return true;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isTransient(e)) {
                throw e;
            }
            log.info("A batch of {} records goes record by record: {}", batch.size(), e.toString());
            return false;
        }
    }

    private ReceivedEvent decoded(ReceivedRecord record) {
        try {
            return decoding.decode(record);
        } catch (UndecodableRecord e) {
            return null;
        }
    }

    /** The values {@code of} gives for the records, in order, each once, none for a record without. */
    private static Set<String> present(List<ReceivedRecord> records, Function<ReceivedRecord, String> of) {
        Set<String> values = new LinkedHashSet<>();
        records.stream().map(of).filter(Objects::nonNull).forEach(values::add);
        return values;
    }
}
