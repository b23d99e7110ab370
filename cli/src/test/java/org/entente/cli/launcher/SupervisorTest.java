package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that keeps failing is started again after a back-off that doubles, five times; then the supervisor
 * gives up, says so naming the service and its log, and hands over to whoever stops Entente. A real process that
 * exits at once stands for the failing service; the back-off is shortened to milliseconds.
 */
class SupervisorTest {

    @TempDir
    Path directory;

    @Test
    void aServiceThatKeepsFailing_isRestartedFiveTimes_withADoublingBackOff_thenGivenUpOn() throws Exception {
        Path log = directory.resolve("failing.log");
        ServiceProcess failing = ServiceProcess.ofCommand("failing", List.of("sh", "-c", "echo starting; exit 3"), log,
                CappedLog.DEFAULT_LIMIT);
        AtomicInteger restarts = new AtomicInteger();
        CountDownLatch gaveUp = new CountDownLatch(1);
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        Supervisor supervisor = new Supervisor(List.of(failing), Map.of("failing", pid -> restarts.incrementAndGet()),
                gaveUp::countDown, Duration.ofMillis(10), new PrintStream(said, true, StandardCharsets.UTF_8));
        Thread watching = new Thread(supervisor);
        watching.start();

        assertThat(gaveUp.await(30, TimeUnit.SECONDS)).as("the supervisor gave up").isTrue();
        watching.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(watching.isAlive()).as("the supervisor stops watching once it gave up").isFalse();
        assertThat(restarts).hasValue(Supervisor.ATTEMPTS);
        String output = said.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("failing stopped unexpectedly (exit code 3); starting it again in 10 ms "
                        + "(attempt 1 of 5)", "in 20 ms (attempt 2 of 5)", "in 40 ms (attempt 3 of 5)",
                "in 80 ms (attempt 4 of 5)", "in 160 ms (attempt 5 of 5)",
                "failing failed 5 times in a row; giving up (see " + log + "). Stopping Entente.");
        assertThat(Files.readString(log)).contains("starting");
    }
}
