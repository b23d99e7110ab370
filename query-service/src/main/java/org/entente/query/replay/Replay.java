package org.entente.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A replay as an operator follows it: how far it is, how fast it goes, when it should end, and how it ended — the
 * position where the rebuilt and live content were compared, both checksums, and how long the switch held the
 * live tables against writers.
 */
record Replay(long id, Status status, String requestedBy, Instant from, Instant requestedAt, Instant finishedAt,
              long eventsDone, long eventsTotal, Double eventsPerSecond, Long etaSeconds,
              Map<String, Long> position, String rebuiltChecksum, String liveChecksum, Boolean checksumsMatch,
              Long liveHeldMillis, String error) {

    enum Status {
        RUNNING, COMPLETED, FAILED
    }

    /** The rate so far and the time left at that rate, while running. */
    static Replay progress(long id, Status status, String requestedBy, Instant from, Instant requestedAt,
                           Instant finishedAt, long done, long total, Map<String, Long> position, String rebuilt,
                           String live, Long liveHeldMillis, String error, Instant now) {
        Instant end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(Duration.between(requestedAt, end).toMillis(), 1) / 1000.0;
        Double rate = done == 0 ? null : Math.round(done / seconds * 10) / 10.0;
        Long eta = status != Status.RUNNING || rate == null ? null
                : (long) Math.ceil(Math.max(total - done, 0) / rate);
        return new Replay(id, status, requestedBy, from, requestedAt, finishedAt, done, total, rate, eta, position,
                rebuilt, live, rebuilt == null || live == null ? null : rebuilt.equals(live), liveHeldMillis, error);
    }
}
