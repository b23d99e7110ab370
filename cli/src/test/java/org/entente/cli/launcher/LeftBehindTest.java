package org.entente.cli.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next start's sweep, for what no leash could end (a leash that failed, a machine that lost power while
 * stopping): each process an earlier run recorded, and still running, is stopped with a message; never a process
 * that merely got its pid since.
 */
class LeftBehindTest {

    @TempDir
    Path home;

    private Process earlier;

    @AfterEach
    void stopTheProcess() throws InterruptedException {
        earlier.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void aRecordedProcessStillRunning_isStopped_withAMessage() throws Exception {
        earlier = new ProcessBuilder("sleep", "300").start();
        LeftBehind leftBehind = new LeftBehind(home);
        leftBehind.record("command-service", earlier.pid(), "sleep");

        String said = printed(() -> new LeftBehind(home).stopAll(home.resolve("postgres")));

        assertThat(earlier.waitFor(10, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(said).contains("command-service (pid " + earlier.pid()
                + ") was left running by an earlier run: stopping it.");
        assertThat(Files.list(home.resolve("run"))).isEmpty();
    }

    @Test
    void aProcessThatGotARecordedPidSince_isLeftAlone() throws Exception {
        earlier = new ProcessBuilder("sleep", "300").start();
        new LeftBehind(home).record("command-service", earlier.pid(), "command-service.jar");

        String said = printed(() -> new LeftBehind(home).stopAll(home.resolve("postgres")));

        assertThat(earlier.isAlive()).isTrue();
        assertThat(said).isEmpty();
    }

    private static String printed(Runnable action) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
