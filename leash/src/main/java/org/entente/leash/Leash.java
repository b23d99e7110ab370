package org.entente.leash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Ends this process when a process it depends on ends. A launcher, a test JVM or a build can be killed with
 * SIGKILL (a CI time limit, a supervisor, the OOM killer): no shutdown hook of theirs runs, and whatever they
 * started would run on, adopted by PID 1, holding ports, connections and disk, with nobody left to stop it. So a
 * starter names itself in {@value #VARIABLE} (a comma-separated list of process ids) in the environment of what it
 * starts, and the started JVM holds itself on that leash: once any process named there has ended, it exits, and its
 * own shutdown hooks stop what it started in turn. Without the variable nothing happens: a service run by systemd,
 * Kubernetes or Docker is not leashed.
 */
public final class Leash {

    /** The environment variable that names the processes a started one depends on. */
    public static final String VARIABLE = "ENTENTE_LEASH";

    /** How often the starters are looked at: a leashed process ends at most this long after its starter. */
    static final Duration EVERY = Duration.ofMillis(500);

    private Leash() {
    }

    /**
     * Holds this JVM on the leash its starter gave it, if any: a daemon thread exits the JVM (status 143, as a
     * SIGTERM would, so that its shutdown hooks run) once a process named in {@value #VARIABLE} has ended.
     */
    public static void holdIfAsked() {
        hold(System.getenv(VARIABLE), status -> {
            System.err.printf("%s: the process that started this one has ended: stopping.%n", VARIABLE);
            System.exit((int) status);
        });
    }

    /** The value to give a process started now: this process. */
    public static String toThisProcess() {
        return Long.toString(ProcessHandle.current().pid());
    }

    /** Leashes what the builder starts to this process. */
    public static ProcessBuilder leashed(ProcessBuilder builder) {
        builder.environment().put(VARIABLE, toThisProcess());
        return builder;
    }

    /**
     * Watches the processes named in {@code value} (none: nothing to watch, no thread) and calls {@code end} with
     * 143 once one of them has ended. A process already gone when the leash is taken counts as ended: its pid may
     * belong to another process by now. Each is held by its handle, which knows its start time, so a pid reused
     * after the starter's death is not mistaken for it.
     */
    static Optional<Thread> hold(String value, LongConsumer end) {
        List<Long> pids = parse(value);
        if (pids.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<ProcessHandle>> starters = new ArrayList<>();
        pids.forEach(pid -> starters.add(ProcessHandle.of(pid)));
        Thread watcher = new Thread(() -> {
            try {
                while (starters.stream().allMatch(starter -> starter.map(ProcessHandle::isAlive).orElse(false))) {
                    Thread.sleep(EVERY.toMillis());
                }
                end.accept(143);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "entente-leash");
        watcher.setDaemon(true);
        watcher.start();
        return Optional.of(watcher);
    }

    /** The process ids in the variable's value; a malformed value is refused, since ignoring it would unleash. */
    static List<Long> parse(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Long> pids = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                long pid = Long.parseLong(part.trim());
                if (pid <= 0) {
                    throw new NumberFormatException(part);
                }
                pids.add(pid);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(VARIABLE + " must list process ids separated by commas, not '"
                        + value + "'", e);
            }
        }
        return pids;
    }
}
