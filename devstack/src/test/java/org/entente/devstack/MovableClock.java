package org.entente.devstack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's one clock in a test, moved by the test: no test waits for a date. Between moves it runs at the
 * real pace, as a retry's back-off and a heartbeat need: a clock stopped at a date would leave a task retried
 * "in 5 seconds" waiting for ever.
 */
public final class MovableClock extends Clock {

    private static final Clock REAL = Clock.systemUTC();

    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(Duration.between(REAL.instant(), start)), zone);
    }

    private MovableClock(AtomicReference<Duration> ahead, ZoneId zone) {
        this.ahead = ahead;
        this.zone = zone;
    }

    /** From now on, time goes on from {@code instant}. */
    public void moveTo(Instant instant) {
        ahead.set(Duration.between(REAL.instant(), instant));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(ahead, other);
    }

    @Override
    public Instant instant() {
        return REAL.instant().plus(ahead.get());
    }
}
