package org.entente.notifier.mail;

import java.time.Duration;

/** How long a mail waits after its n-th failed delivery: doubling from 30 s, never more than an hour. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    static Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("A wait follows a failure: " + failures);
        }
        // Past 2^7 × 30 s the cap has long been reached: no shift overflows.
        Duration wait = FIRST.multipliedBy(1L << Math.min(failures - 1, 7));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
