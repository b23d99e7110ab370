package org.entente.query.replay;

import org.apache.kafka.common.TopicPartition;
import org.entente.query.readmodel.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The end of a replay, kept apart from the long rebuild because it alone holds the live tables: within that hold
 * the rebuilt generation takes the last records, is compared with the live one at the same position, and replaces it.
 */
@Component
class SwitchOver {

    // Under the category of Replays, so that one log filter follows a replay from its start to its switch.
    private static final Logger log = LoggerFactory.getLogger(Replays.class);
    private static final int ATTEMPTS = 5;
    /** How long the live tables may be held while the last records are taken. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final ReplayLedger ledger;
    private final Generations generations;
    private final ReadModelChecksum checksum;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final ExecutorService checksums = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "replay-checksum");
        thread.setDaemon(true);
        return thread;
    });

    SwitchOver(ReplayLedger ledger, Generations generations, ReadModelChecksum checksum, JdbcTemplate jdbc,
               PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.generations = generations;
        this.checksum = checksum;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @PreDestroy
    void stop() {
        checksums.shutdownNow();
    }

    /**
     * Holds the live tables still and, within that hold, takes the last records up to the live position, compares
     * both generations and swaps them. The hold (EXCLUSIVE) waits for the live consumer's transaction in flight
     * and stops the next one, but lets readers read; they wait only for the renames at the very end. A deadlock
     * with the live consumer, a lock wait or a switch too long rolls back this attempt only. Different content is
     * swapped in only when the request allowed it: otherwise nothing changes and the replay fails with both
     * checksums.
     */
    void run(long id, ReplayReader reader, Tables rebuilt, ProgressReporter progress, boolean switchIfDifferent) {
        Tables retired = Tables.retiredBy(id);
        for (int attempt = 1; ; attempt++) {
            Map<TopicPartition, Long> before = reader.positions();
            long doneBefore = progress.done();
            try {
                transaction.executeWithoutResult(status ->
                        switchHeld(id, reader, rebuilt, retired, progress, switchIfDifferent));
                break;
            } catch (ContentDiffers e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.warn("Replay {}: switch attempt {} failed, trying again: {}", id, attempt, e.toString());
                // The records taken in the rolled-back attempt are taken again.
                reader.rewindTo(before);
                progress.rewindTo(doneBefore);
            }
        }
        dropRetired(id, retired);
    }

    private void switchHeld(long id, ReplayReader reader, Tables rebuilt, Tables retired,
                            ProgressReporter progress, boolean switchIfDifferent) {
        jdbc.execute("SET LOCAL lock_timeout = '10s'");
        jdbc.execute("LOCK TABLE " + String.join(", ", Tables.LIVE.all()) + " IN EXCLUSIVE MODE");
        long heldSince = System.nanoTime();
        Map<PartitionKey, Long> position = reader.livePosition();
        Instant deadline = Instant.now().plus(DEADLINE);
        reader.takeWithin(reader.targetAt(position), progress, deadline);
        long tookLast = System.nanoTime();
        generations.alignPositions(rebuilt);
        long aligned = System.nanoTime();
        Checksums sums = checksumsOf(rebuilt);
        log.info("Replay {}: switch at {}: last records {} ms, feed positions {} ms, checksums {} ms", id,
                position, (tookLast - heldSince) / 1_000_000, (aligned - tookLast) / 1_000_000,
                (System.nanoTime() - aligned) / 1_000_000);
        if (!sums.match() && !switchIfDifferent) {
            throw new ContentDiffers(position, sums.rebuilt(), sums.live());
        }
        generations.swap(rebuilt, retired);
        ledger.complete(id, progress.done(), position, sums.rebuilt(), sums.live(),
                Duration.ofNanos(System.nanoTime() - heldSince));
        if (!sums.match()) {
            log.warn("Replay {}: the rebuilt read models differ from the live ones at {}; as asked, "
                    + "the rebuilt ones now serve", id, position);
        }
    }

    /**
     * Both at once: the live tables on a connection of their own (nobody can write them now), the rebuilt ones
     * here, where the last records taken are visible.
     */
    private Checksums checksumsOf(Tables rebuilt) {
        CompletableFuture<String> live = CompletableFuture.supplyAsync(() ->
                readOnly.execute(inOwnTransaction -> checksum.of(Tables.LIVE)), checksums);
        String rebuiltSum = checksum.of(rebuilt);
        return new Checksums(rebuiltSum, live.join());
    }

    private record Checksums(String rebuilt, String live) {

        boolean match() {
            return rebuilt.equals(live);
        }
    }

    private void dropRetired(long id, Tables retired) {
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
}
