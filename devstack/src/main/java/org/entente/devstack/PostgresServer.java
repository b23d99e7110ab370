package org.entente.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server run from the binaries zonky packages on Maven Central. Each service, and each
 * integration test class, gets a database of its own on it.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Process leash;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Process leash) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.leash = leash;
    }

    /**
     * Starts a server on a free port that commits durably (DESIGN §2, guarantee 9): {@code fsync},
     * {@code synchronous_commit} and {@code full_page_writes} on, whatever the embedded library's defaults, so
     * that a command answered 2xx has its events in the write-ahead log on disk.
     */
    public static PostgresServer start() {
        return start(true);
    }

    /**
     * Starts a server for tests that no durability test depends on: commits do not wait for the write-ahead log
     * to reach the disk ({@code synchronous_commit=off}), which a crash of the machine, never of a test, would expose.
     */
    public static PostgresServer startForTests() {
        return start(false);
    }

    /**
     * Starts a durable server on the data directory, creating it on first use: what it holds is there at the next
     * start. The caller makes sure no server from an earlier run still uses the directory.
     */
    public static PostgresServer startPersistent(Path dataDirectory) {
        return startPersistent(dataDirectory, 0);
    }

    /**
     * As {@link #startPersistent(Path)}, on the given port (0: a free one): a server started again after a crash
     * answers where its clients already look for it.
     */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        try {
            java.nio.file.Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = builder(true).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false);
            if (port != 0) {
                builder.setPort(port);
            }
            return leashed(builder.start(), dataDirectory, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on " + dataDirectory, e);
        }
    }

    private static PostgresServer start(boolean durable) {
        try {
            // A data directory of ours rather than the library's, so that its leash knows where the server is; the
            // library deletes it when the server is closed.
            Path dataDirectory = java.nio.file.Files.createTempDirectory("entente-postgres-");
            return leashed(builder(durable).setDataDirectory(dataDirectory).setCleanDataDirectory(true).start(),
                    dataDirectory, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static PostgresServer leashed(EmbeddedPostgres postgres, Path dataDirectory, boolean throwAway) {
        try {
            return new PostgresServer(postgres, dataDirectory, PostmasterLeash.attach(dataDirectory, throwAway));
        } catch (RuntimeException e) {
            close(postgres);
            throw e;
        }
    }

    private static EmbeddedPostgres.Builder builder(boolean durable) {
        return EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                // Its owner closes it, after the services using it: a hook of its own would race them.
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
    }

    public int port() {
        return postgres.getPort();
    }

    /** The postmaster's process id, from its lock file: what a fault-injection test stops the server through. */
    public long postmasterPid() {
        return PostmasterLeash.postmasterPid(dataDirectory);
    }

    /** Where the server keeps its data. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The server's maintenance database, from which others are created. */
    public Database adminDatabase() {
        return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** Creates the database unless it exists, and says how to reach it. */
    public Database database(String name) {
        return Databases.ensure(adminDatabase(), name);
    }

    /** Stops the server, and returns once its leash has ended too. */
    @Override
    public void close() {
        try {
            close(postgres);
        } finally {
            PostmasterLeash.awaitEnd(leash);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
