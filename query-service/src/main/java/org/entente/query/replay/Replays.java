package org.entente.query.replay;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.query.audit.EventLog;
import org.entente.query.intake.AppliedPositions;
import org.entente.query.intake.BatchIntake;
import org.entente.query.portfolio.PartnershipProjection;
import org.entente.query.readmodel.Tables;
import org.entente.query.replay.SwitchOver.ContentDiffers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Runs replays one at a time on a thread of their own, so that the request returns at once and the long rebuild
 * (seed a fresh generation, then follow the live consumer until close behind it) never holds the live tables: only
 * the {@link SwitchOver} at its end does, briefly.
 */
@Component
class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    /** Behind the live consumer by no more than this, the replay takes the rest with the live tables locked. */
    private static final long CLOSE_ENOUGH = 500;

    private final ReplayLedger ledger;
    private final Generations generations;
    private final SwitchOver switchOver;
    private final AppliedPositions live;
    private final BatchIntake intake;
    private final EventLog events;
    private final PartnershipProjection partnerships;
    private final KafkaProperties kafka;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay");
        thread.setDaemon(true);
        return thread;
    });

    Replays(ReplayLedger ledger, Generations generations, SwitchOver switchOver, AppliedPositions live,
            BatchIntake intake, EventLog events, PartnershipProjection partnerships, KafkaProperties kafka,
            JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.generations = generations;
        this.switchOver = switchOver;
        this.live = live;
        this.intake = intake;
        this.events = events;
        this.partnerships = partnerships;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Starts a replay from the beginning of the topic, or from {@code from}; refused while one runs. */
    long start(String requestedBy, Instant from, boolean switchIfDifferent) {
        long id;
        try {
            id = ledger.start(requestedBy, from);
        } catch (DuplicateKeyException running) {
            throw new ReplayRunning();
        }
        runner.submit(() -> run(id, from, switchIfDifferent));
        return id;
    }

    /** Another replay is running. */
    static final class ReplayRunning extends RuntimeException {
        ReplayRunning() {
            super("A replay is running already; follow it, or wait for it to end.");
        }
    }

    /**
     * A replay cut short by a stop of the service never resumes: it is marked failed and its tables dropped, with
     * any retired tables a switch could not drop.
     */
    @EventListener(ApplicationReadyEvent.class)
    void abandonInterrupted() {
        for (long id : ledger.running()) {
            generations.drop(Tables.rebuiltBy(id));
            ledger.fail(id, "Interrupted: the service stopped while it ran. The live read models were not changed.");
        }
        for (long id : ledger.all()) {
            generations.drop(Tables.retiredBy(id));
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    private void run(long id, Instant from, boolean switchIfDifferent) {
        Tables rebuilt = Tables.rebuiltBy(id);
        try (ReplayReader reader = new ReplayReader(kafka, live, intake, transaction, rebuilt)) {
            refuseWithoutLiveOffsets();
            Map<TopicPartition, Long> start = reader.assignFrom(from);
            generations.create(rebuilt);
            long seeded = from == null ? 0 : seed(rebuilt, start);
            ProgressReporter progress = new ProgressReporter(id, seeded, seeded + reader.remainingFrom(start),
                    ledger::progress);
            followLive(reader, progress);
            switchOver.run(id, reader, rebuilt, progress, switchIfDifferent);
        } catch (ContentDiffers e) {
            log.warn("Replay {}: {}", id, e.getMessage());
            ledger.differed(id, e.position, e.rebuilt, e.live, e.getMessage());
            generations.drop(rebuilt);
        } catch (RuntimeException e) {
            log.error("Replay {} failed", id, e);
            ledger.fail(id, e.toString());
            generations.drop(rebuilt);
        }
    }

    private void refuseWithoutLiveOffsets() {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM partnership_event WHERE kafka_offset IS NULL)", Boolean.class))) {
            throw new IllegalStateException("Some live events were logged before offsets were kept (V7): "
                    + "where the live read models stand in the topic is unknown, so a rebuild could not be "
                    + "compared with them. Nothing was changed.");
        }
    }

    private long seed(Tables rebuilt, Map<TopicPartition, Long> start) {
        return transaction.execute(status -> {
            int copied = generations.seed(rebuilt, start.entrySet().stream().collect(Collectors.toMap(
                    entry -> PartitionKey.of(entry.getKey()), Map.Entry::getValue)));
            events.forEachPartnership(rebuilt, sequence -> partnerships.applyAll(rebuilt, sequence));
            return (long) copied;
        });
    }

    /** Follows the live consumer, one committed transaction per batch, until close behind it. */
    private void followLive(ReplayReader reader, ProgressReporter progress) {
        Map<TopicPartition, Long> target = reader.liveTarget();
        do {
            reader.takeEachBatchCommitted(target, progress);
            target = reader.liveTarget();
        } while (reader.behind(target) > CLOSE_ENOUGH);
    }
}
