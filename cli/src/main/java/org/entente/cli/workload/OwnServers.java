package org.entente.cli.workload;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.entente.devstack.Database;
import org.entente.devstack.KafkaServer;
import org.entente.devstack.PostgresServer;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server and the broker of a throw-away installation, started by it rather than by the
 * stack, so that it can kill, stop and pause them and start them again on the same data and the same port, where
 * the services still look for them.
 */
public final class OwnServers implements AutoCloseable {

    private final Path home;
    private final int kafkaPort;
    private PostgresServer postgres;
    private KafkaServer broker;
    private int postgresPort;

    OwnServers(Path home, int kafkaPort) {
        this.home = home;
        this.kafkaPort = kafkaPort;
    }

    synchronized void start() {
        postgres = PostgresServer.startPersistent(home.resolve("postgres"), postgresPort);
        postgresPort = postgres.port();
        broker = KafkaServer.startPersistent(home.resolve("kafka"), kafkaPort);
    }

    Database adminDatabase() {
        return postgres.adminDatabase();
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** {@code kill -9} of the broker, then the same broker again on its log directory. */
    public void killBroker() {
        killHard(broker.pid());
        closeQuietly(broker);
    }

    /** {@code kill -9}, and the wait until the process is gone. */
    public static void killHard(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        awaitGone(pid);
    }

    public synchronized void restartBroker() {
        broker = KafkaServer.startPersistent(home.resolve("kafka"), kafkaPort);
    }

    /** SIGQUIT to the postmaster: PostgreSQL's immediate shutdown, as {@code pg_ctl stop -m immediate} sends. */
    public void stopPostgresImmediately() {
        long pid = postgres.postmasterPid();
        signal("QUIT", pid);
        awaitGone(pid);
        // The library's own stop, which releases the data directory, fails on a server already gone and says so
        // with a stack trace: expected here, so not shown.
        Logger library = (Logger) LoggerFactory.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        Level level = library.getLevel();
        library.setLevel(Level.OFF);
        try {
            closeQuietly(postgres);
        } finally {
            library.setLevel(level);
        }
    }

    public synchronized void restartPostgres() {
        postgres = PostgresServer.startPersistent(home.resolve("postgres"), postgresPort);
    }

    public void pauseBroker() {
        signal("STOP", broker.pid());
    }

    public void resumeBroker() {
        signal("CONT", broker.pid());
    }

    public static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not signal " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void awaitGone(long pid) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Process " + pid + " still alive 30 s after its signal");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public synchronized void close() {
        if (broker != null) {
            resumeQuietly();
            closeQuietly(broker);
        }
        if (postgres != null) {
            closeQuietly(postgres);
        }
    }

    private void resumeQuietly() {
        try {
            resumeBroker();
        } catch (RuntimeException alreadyGone) {
            // Killed, or never paused: nothing to resume.
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("While stopping: " + e.getMessage());
        }
    }
}
