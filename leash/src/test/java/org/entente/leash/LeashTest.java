package org.entente.leash;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeashTest {

    @Test
    void noVariable_meansNoLeash() {
        assertThat(Leash.hold(null, status -> { })).isEmpty();
        assertThat(Leash.hold(" ", status -> { })).isEmpty();
    }

    @Test
    void aMalformedValue_isRefused_ratherThanIgnored() {
        assertThatThrownBy(() -> Leash.parse("12,abc")).hasMessageContaining("ENTENTE_LEASH")
                .hasMessageContaining("12,abc");
        assertThatThrownBy(() -> Leash.parse("-4")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Leash.parse("12, 34")).containsExactly(12L, 34L);
    }

    @Test
    void theLeashHolds_whileEveryStarterRuns() throws Exception {
        Process starter = new ProcessBuilder("sleep", "60").start();
        try {
            CompletableFuture<Long> ended = new CompletableFuture<>();
            Leash.hold(starter.pid() + "," + ProcessHandle.current().pid(), ended::complete);

            Thread.sleep(Leash.EVERY.toMillis() * 3);

            assertThat(ended).isNotDone();
        } finally {
            starter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theLeashBreaks_whenAnyStarterIsKilled() throws Exception {
        Process starter = new ProcessBuilder("sleep", "60").start();
        CompletableFuture<Long> ended = new CompletableFuture<>();
        Leash.hold(ProcessHandle.current().pid() + "," + starter.pid(), ended::complete);

        starter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertThat(ended.get(10, TimeUnit.SECONDS)).isEqualTo(143);
    }

    @Test
    void aStarterAlreadyGone_breaksTheLeashAtOnce() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        CompletableFuture<Long> ended = new CompletableFuture<>();

        Leash.hold(Long.toString(gone.pid()), ended::complete);

        assertThat(ended.get(10, TimeUnit.SECONDS)).isEqualTo(143);
    }

    /**
     * The case the leash is for: the starter is killed with SIGKILL and runs no hook of its own. The leashed JVM
     * (a main of someone else's, run through {@link LeashedMain}) ends by itself, through its shutdown hooks.
     */
    @Test
    void aLeashedJvm_endsThroughItsShutdownHooks_whenItsStarterIsKilledWithSigkill() throws Exception {
        Process starter = new ProcessBuilder("sleep", "60").start();
        Path said = Files.createTempFile("leashed-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LeashedMain.class.getName(),
                RunsForever.class.getName(), said.toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(Leash.VARIABLE, Long.toString(starter.pid()));
        Process leashed = builder.start();
        try {
            awaitContent(said, "running");

            starter.destroyForcibly();

            assertThat(leashed.waitFor(30, TimeUnit.SECONDS)).as("the leashed JVM ended").isTrue();
            assertThat(leashed.exitValue()).isEqualTo(143);
            assertThat(Files.readString(said)).isEqualTo("running, stopped by its hook");
        } finally {
            leashed.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            starter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(said);
        }
    }

    private static void awaitContent(Path file, String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(file).equals(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for '" + expected + "' in " + file + "; saw '"
                        + Files.readString(file) + "'");
            }
            Thread.sleep(50);
        }
    }

    /** A program that runs until it is stopped, and says so in the file it is given. */
    public static final class RunsForever {

        public static void main(String[] arguments) throws Exception {
            Path file = Path.of(arguments[0]);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(file, "running, stopped by its hook");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            Files.writeString(file, "running");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
