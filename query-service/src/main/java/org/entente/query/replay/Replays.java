package org.entente.query.replay;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.query.audit.EventLog;
import org.entente.query.intake.AppliedPositions;
import org.entente.query.intake.BatchIntake;
import org.entente.query.intake.ReceivedRecord;
import org.entente.query.portfolio.PartnershipProjection;
import org.entente.query.readmodel.Tables;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Runs replays, one at a time, on a thread of their own. A replay reads the topic with a consumer of its own into a
 * fresh generation of tables through the same intake as the live consumer, follows the live consumer until it is
 * close behind it, then, holding the live tables still, takes the last records up to the live position, compares
 * both generations at that position and swaps them. Readers wait only for that last step.
 */
@Component
class Replays {

    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    /** Behind the live consumer by no more than this, the replay takes the rest with the live tables locked. */
    private static final long CLOSE_ENOUGH = 500;
    private static final int SWITCH_ATTEMPTS = 5;
    /** How long the live tables may be held while the last records are taken. */
    private static final Duration SWITCH_DEADLINE = Duration.ofSeconds(30);

    private final ReplayLedger ledger;
    private final Generations generations;
    private final ReadModelChecksum checksum;
    private final AppliedPositions live;
    private final BatchIntake intake;
    private final EventLog events;
    private final PartnershipProjection partnerships;
    private final KafkaProperties kafka;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final ExecutorService checksums = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay-checksum");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay");
        thread.setDaemon(true);
        return thread;
    });

    Replays(ReplayLedger ledger, Generations generations, ReadModelChecksum checksum, AppliedPositions live,
            BatchIntake intake, EventLog events, PartnershipProjection partnerships, KafkaProperties kafka,
            JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.generations = generations;
        this.checksum = checksum;
        this.live = live;
        this.intake = intake;
        this.events = events;
        this.partnerships = partnerships;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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
        checksums.shutdownNow();
    }

    private void run(long id, Instant from, boolean switchIfDifferent) {
        Tables rebuilt = Tables.rebuiltBy(id);
        try (Consumer<String, byte[]> consumer = consumer()) {
            if (Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM partnership_event WHERE kafka_offset IS NULL)", Boolean.class))) {
                throw new IllegalStateException("Some live events were logged before offsets were kept (V7): "
                        + "where the live read models stand in the topic is unknown, so a rebuild could not be "
                        + "compared with them. Nothing was changed.");
            }
            List<TopicPartition> partitions = consumer.partitionsFor(kafka.getDefaultTopic()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            // From a moment: no later than where the live read models stand, so that what the seed copies and
            // what the replay reads meet, even when the live consumer is behind.
            Map<TopicPartition, Long> start = from == null ? consumer.beginningOffsets(partitions)
                    : earliest(startingAt(consumer, partitions, from),
                    nextOffsets(lastApplied(partitions), partitions, consumer));
            start.forEach(consumer::seek);
            generations.create(rebuilt);
            long seeded = from == null ? 0 : seed(rebuilt, start);
            Progress progress = new Progress(id, seeded, seeded + consumer.endOffsets(partitions).entrySet().stream()
                    .mapToLong(end -> end.getValue() - start.get(end.getKey())).sum());
            // Follows the live consumer, one committed transaction per batch, until close behind it.
            Map<TopicPartition, Long> target = nextOffsets(lastApplied(partitions), partitions, consumer);
            do {
                takeUntil(consumer, rebuilt, target, progress, true);
                target = nextOffsets(lastApplied(partitions), partitions, consumer);
            } while (behind(consumer, target) > CLOSE_ENOUGH);
            switchOver(id, consumer, partitions, rebuilt, progress, switchIfDifferent);
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

    private long seed(Tables rebuilt, Map<TopicPartition, Long> start) {
        return transaction.execute(status -> {
            int copied = generations.seed(rebuilt, start.entrySet().stream().collect(Collectors.toMap(
                    entry -> PartitionKey.of(entry.getKey()), Map.Entry::getValue)));
            events.forEachPartnership(rebuilt, sequence -> partnerships.applyAll(rebuilt, sequence));
            return (long) copied;
        });
    }

    /**
     * Holds the live tables still and, within that hold, takes the last records up to the live position, compares
     * both generations and swaps them. The hold (EXCLUSIVE) waits for the live consumer's transaction in flight
     * and stops the next one, but lets readers read; they wait only for the renames at the very end. A deadlock
     * with the live consumer, a lock wait or a switch too long rolls back this attempt only. Different content is
     * swapped in only when the request allowed it: otherwise nothing changes and the replay fails with both
     * checksums.
     */
    private void switchOver(long id, Consumer<String, byte[]> consumer, List<TopicPartition> partitions,
                            Tables rebuilt, Progress progress, boolean switchIfDifferent) {
        Tables retired = Tables.retiredBy(id);
        for (int attempt = 1; ; attempt++) {
            Map<TopicPartition, Long> before = partitions.stream().collect(Collectors.toMap(p -> p,
                    consumer::position));
            long doneBefore = progress.done;
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.execute("SET LOCAL lock_timeout = '10s'");
                    jdbc.execute("LOCK TABLE " + String.join(", ", Tables.LIVE.all()) + " IN EXCLUSIVE MODE");
                    long heldSince = System.nanoTime();
                    Map<PartitionKey, Long> position = lastApplied(partitions);
                    Instant deadline = Instant.now().plus(SWITCH_DEADLINE);
                    takeUntil(consumer, rebuilt, nextOffsets(position, partitions, consumer), progress, false,
                            deadline);
                    long tookLast = System.nanoTime();
                    generations.alignPositions(rebuilt);
                    long aligned = System.nanoTime();
                    // Both at once: the live tables on a connection of their own (nobody can write them now), the
                    // rebuilt ones here, where the last records taken are visible.
                    CompletableFuture<String> liveChecksum = CompletableFuture.supplyAsync(() ->
                            readOnly.execute(inOwnTransaction -> checksum.of(Tables.LIVE)), checksums);
                    String rebuiltSum = checksum.of(rebuilt);
                    String liveSum = liveChecksum.join();
                    log.info("Replay {}: switch at {}: last records {} ms, feed positions {} ms, checksums {} ms", id,
                            position, (tookLast - heldSince) / 1_000_000, (aligned - tookLast) / 1_000_000,
                            (System.nanoTime() - aligned) / 1_000_000);
                    if (!rebuiltSum.equals(liveSum) && !switchIfDifferent) {
                        throw new ContentDiffers(position, rebuiltSum, liveSum);
                    }
                    generations.swap(rebuilt, retired);
                    ledger.complete(id, progress.done, position, rebuiltSum, liveSum,
                            Duration.ofNanos(System.nanoTime() - heldSince));
                    if (!rebuiltSum.equals(liveSum)) {
                        log.warn("Replay {}: the rebuilt read models differ from the live ones at {}; as asked, "
                                + "the rebuilt ones now serve", id, position);
                    }
                });
                break;
            } catch (ContentDiffers e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == SWITCH_ATTEMPTS) {
                    throw e;
                }
                log.warn("Replay {}: switch attempt {} failed, trying again: {}", id, attempt, e.toString());
                // The records taken in the rolled-back attempt are taken again.
                before.forEach(consumer::seek);
                progress.done = doneBefore;
            }
        }
        try {
            generations.drop(retired);
        } catch (RuntimeException e) {
            log.warn("Replay {}: switched, but the retired tables could not be dropped; they are at the next start",
                    id, e);
        }
    }

    /** The rebuilt content is not the live one, and the request did not allow replacing it. */
    static final class ContentDiffers extends RuntimeException {

        final Map<PartitionKey, Long> position;
        final String rebuilt;
        final String live;

        ContentDiffers(Map<PartitionKey, Long> position, String rebuilt, String live) {
            super("The rebuilt read models differ from the live ones at " + position + "; nothing was switched. "
                    + "Start the replay again with switchIfDifferent: true to replace the live read models.");
            this.position = position;
            this.rebuilt = rebuilt;
            this.live = live;
        }
    }

    /**
     * Applies the records before {@code target} to the rebuilt tables: each batch in a transaction of its own,
     * or all in the current transaction.
     */
    private void takeUntil(Consumer<String, byte[]> consumer, Tables rebuilt, Map<TopicPartition, Long> target,
                           Progress progress, boolean transactionPerBatch) {
        takeUntil(consumer, rebuilt, target, progress, transactionPerBatch, Instant.MAX);
    }

    private void takeUntil(Consumer<String, byte[]> consumer, Tables rebuilt, Map<TopicPartition, Long> target,
                           Progress progress, boolean transactionPerBatch, Instant deadline) {
        while (behind(consumer, target) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The last records took too long to read; the live tables are let go");
            }
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            Runnable apply = () -> {
                List<ReceivedRecord> batch = new ArrayList<>();
                for (TopicPartition partition : records.partitions()) {
                    long end = target.get(partition);
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (record.offset() >= end) {
                            // Beyond the target: read again by the next step, if it goes that far.
                            consumer.seek(partition, end);
                            break;
                        }
                        batch.add(ReceivedRecord.of(record));
                    }
                }
                intake.receiveAll(rebuilt, batch);
                progress.done += batch.size();
            };
            if (transactionPerBatch) {
                transaction.executeWithoutResult(status -> apply.run());
                progress.save();
            } else {
                apply.run();
            }
        }
    }

    /** The live read models' position, for the partitions of the topic. */
    private Map<PartitionKey, Long> lastApplied(List<TopicPartition> partitions) {
        Map<Integer, Long> applied = live.lastApplied();
        Map<PartitionKey, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long offset = applied.get(partition.partition());
            if (offset != null) {
                positions.put(PartitionKey.of(partition), offset);
            }
        }
        return positions;
    }

    private static long behind(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> target) {
        return target.entrySet().stream().mapToLong(entry -> Math.max(0,
                entry.getValue() - consumer.position(entry.getKey()))).sum();
    }

    /** The offset after the last one applied, per partition; the start of partitions never read. */
    private static Map<TopicPartition, Long> nextOffsets(Map<PartitionKey, Long> lastApplied,
                                                         List<TopicPartition> partitions,
                                                         Consumer<String, byte[]> consumer) {
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> next = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long last = lastApplied.get(PartitionKey.of(partition));
            next.put(partition, last == null ? beginning.get(partition) : last + 1);
        }
        return next;
    }

    private static Map<TopicPartition, Long> earliest(Map<TopicPartition, Long> one, Map<TopicPartition, Long> other) {
        Map<TopicPartition, Long> earliest = new HashMap<>(one);
        other.forEach((partition, offset) -> earliest.merge(partition, offset, Math::min));
        return earliest;
    }

    private static Map<TopicPartition, Long> startingAt(Consumer<String, byte[]> consumer,
                                                        List<TopicPartition> partitions, Instant time) {
        Map<TopicPartition, Long> times = partitions.stream().collect(Collectors.toMap(p -> p,
                p -> time.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = found.get(partition);
            start.put(partition, offset == null ? end.get(partition) : offset.offset());
        }
        return start;
    }

    private Consumer<String, byte[]> consumer() {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.CLIENT_ID_CONFIG, "entente-query-replay",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Each record is applied in a savepoint: PostgreSQL keeps up to 64 per transaction cheaply.
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 60,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Counts of a running replay, saved now and then for {@code GET /admin/replays/{id}}. */
    private final class Progress {

        private final long id;
        private final long total;
        private long done;
        private long savedAt = System.nanoTime();

        Progress(long id, long done, long total) {
            this.id = id;
            this.done = done;
            this.total = total;
            ledger.progress(id, done, total);
        }

        void save() {
            if (System.nanoTime() - savedAt > 250_000_000L) {
                ledger.progress(id, done, total);
                savedAt = System.nanoTime();
            }
        }
    }
}
