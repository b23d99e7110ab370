package org.entente.cli.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The servers an earlier run started and could not stop (its launcher killed with SIGKILL, the machine's power
 * cut while stopping): each process {@code up} starts is written down in {@code run/} under the data directory,
 * and the next {@code up} stops whichever of them still runs, with a message, before it starts anything; never a
 * second instance on the same files. PostgreSQL writes its own record, {@code postmaster.pid}.
 */
final class LeftBehind {

    private static final Duration GRACE = Duration.ofSeconds(30);
    /** The order to stop them in: the services before the broker they publish to and read from. */
    private static final List<String> ORDER = List.of("command-service", "query-service", "web", "kafka");

    private final Path run;

    LeftBehind(Path dataDirectory) {
        this.run = dataDirectory.resolve("run");
    }

    /**
     * Notes a process this run started, with a word of its command line that identifies it (its jar, its main
     * class): a recycled pid must not be stopped by mistake.
     */
    void record(String name, long pid, String marker) {
        try {
            Files.createDirectories(run);
            Files.writeString(run.resolve(name + ".pid"), pid + "\n" + marker + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops what an earlier run left running: the services and the broker first, then PostgreSQL. */
    void stopAll(Path postgresData) {
        try (Stream<Path> files = Files.exists(run) ? Files.list(run) : Stream.empty()) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted(java.util.Comparator.comparingInt(
                    f -> ORDER.indexOf(f.getFileName().toString().replace(".pid", "")))).toList()) {
                List<String> lines = Files.readAllLines(file);
                String name = file.getFileName().toString().replace(".pid", "");
                stopIfSame(name, Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? lines.get(1) : "");
                Files.delete(file);
            }
            Path postmaster = postgresData.resolve("postmaster.pid");
            if (Files.exists(postmaster)) {
                long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
                stopIfSame("PostgreSQL", pid, "postgres");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read what an earlier run left in " + run, e);
        }
    }

    void forgetAll() {
        try (Stream<Path> files = Files.exists(run) ? Files.list(run) : Stream.empty()) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            System.err.println("Could not clear " + run + ": " + e.getMessage());
        }
    }

    private static void stopIfSame(String name, long pid, String marker) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive() || marker.isBlank()
                || !commandOf(pid).orElse("").contains(marker)) {
            return;
        }
        System.out.printf("%s (pid %d) was left running by an earlier run: stopping it.%n", name, pid);
        // SIGTERM: a service drains, the broker shuts down in order, PostgreSQL does a smart shutdown.
        process.get().destroy();
        try {
            process.get().onExit().get(GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            System.out.printf("%s (pid %d) did not stop within %d s: killing it.%n", name, pid, GRACE.toSeconds());
            process.get().destroyForcibly();
        }
    }

    private static Optional<String> commandOf(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine());
    }
}
