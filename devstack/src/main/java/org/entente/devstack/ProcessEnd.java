package org.entente.devstack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A bounded wait for a process's end: one still running at the deadline is killed, and waited for again, briefly. */
final class ProcessEnd {

    private ProcessEnd() {
    }

    static void await(Process process, Duration grace, Duration afterKill) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(afterKill.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
