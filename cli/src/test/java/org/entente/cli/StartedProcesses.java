package org.entente.cli;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a test saw started, and the check that all of it ended by itself. */
final class StartedProcesses {

    private StartedProcesses() {
    }

    /** Waits until none of {@code started} runs; fails at {@code within}, naming those still running. */
    static void awaitEnded(List<ProcessHandle> started, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(started.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " "
                        + p.info().commandLine().orElse("")).toList()).as("still running").isEmpty());
    }
}
