package org.entente.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The postmaster's leash. {@code pg_ctl} starts PostgreSQL detached, in a session of its own, so that nothing
 * that happens to its starter reaches it: a JVM killed with SIGKILL (a CI time limit, the OOM killer) would leave
 * it running for good, holding its port, its connections and its data directory. A small shell watcher, in a
 * session of its own too, stops it (fast shutdown, SIGINT) once the starter has ended, then, for a throw-away
 * server, deletes its data directory. The postmaster is known by its data directory's {@code postmaster.pid}, never
 * by a name, and the watcher ends by itself as soon as that file is gone: when the server is stopped normally.
 */
final class PostmasterLeash {

    /**
     * $1 the starter's pid, $2 the postmaster's pid, $3 the data directory, $4 "delete" for a throw-away server.
     * A starter that is gone, a zombie, or another process under a recycled pid (another start time) has ended.
     */
    private static final String WATCHER = """
            starter=$1 postmaster=$2 data=$3 mode=$4
            started() { set -- $(cat "/proc/$starter/stat" 2>/dev/null); [ "$3" != Z ] && echo "$22"; }
            born=$(started)
            [ -n "$born" ] || born=gone
            while kill -0 "$postmaster" 2>/dev/null \\
                && [ "$(head -n 1 "$data/postmaster.pid" 2>/dev/null)" = "$postmaster" ]; do
              if [ "$(started)" != "$born" ]; then
                kill -INT "$postmaster" 2>/dev/null
                for i in $(seq 120); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.5; done
                kill -0 "$postmaster" 2>/dev/null && kill -KILL "$postmaster"
                [ "$mode" = delete ] && rm -rf "$data"
                exit 0
              fi
              sleep 1
            done
            """;

    private PostmasterLeash() {
    }

    /**
     * Leashes the postmaster running on {@code dataDirectory} to this JVM; returns the watcher, which ends within a
     * second of the server's normal stop.
     */
    static Process attach(Path dataDirectory, boolean throwAway) {
        long postmaster = postmasterPid(dataDirectory);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // Out of this JVM's process group: a kill of the whole group (a build's time limit) must spare it.
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of("sh", "-c", WATCHER, "entente-postmaster-leash",
                Long.toString(ProcessHandle.current().pid()), Long.toString(postmaster), dataDirectory.toString(),
                throwAway ? "delete" : "keep"));
        try {
            return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not leash the PostgreSQL server of " + dataDirectory, e);
        }
    }

    /**
     * After the server's normal stop: waits (bounded) until the watcher has seen it and ended, so that whoever closed
     * the server finds none of its processes running; one still there is stopped.
     */
    static void awaitEnd(Process watcher) {
        ProcessEnd.await(watcher, Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    /** The running postmaster's pid, from the lock file PostgreSQL keeps in its data directory. */
    static long postmasterPid(Path dataDirectory) {
        Path lock = dataDirectory.resolve("postmaster.pid");
        try {
            return Long.parseLong(Files.readAllLines(lock).get(0).trim());
        } catch (IOException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalStateException("No running postmaster in " + dataDirectory, e);
        }
    }
}
