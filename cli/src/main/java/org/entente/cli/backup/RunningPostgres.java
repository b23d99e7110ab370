package org.entente.cli.backup;

import org.entente.devstack.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The PostgreSQL server an installation runs, found the way PostgreSQL itself records it: {@code postmaster.pid}
 * in its data directory names the server's process (first line) and its port (fourth line).
 */
final class RunningPostgres {

    private RunningPostgres() {
    }

    /** The command database of the installation running on {@code home}; refused when none runs there. */
    static Database commandDatabase(Path home) {
        return database(home, "entente_command");
    }

    /** The notifier's database of the installation running on {@code home}, whether or not a notifier ever ran. */
    static Database notifierDatabase(Path home) {
        return database(home, "entente_notifier");
    }

    private static Database database(Path home, String name) {
        Path postmaster = home.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(postmaster) ? Files.readAllLines(postmaster) : List.of();
            if (lines.size() < 4 || ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive).isEmpty()) {
                throw new IllegalStateException("no Entente is running on " + home + ": a backup reads a running "
                        + "installation (start it with ./entente up, or set ENTENTE_HOME to the one you mean)");
            }
            return new Database("jdbc:postgresql://localhost:" + lines.get(3).trim() + "/" + name,
                    "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + postmaster, e);
        }
    }
}
