package org.entente.devstack;

import org.entente.leash.Leash;
import org.entente.leash.LeashedMain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka server in KRaft mode (combined broker and controller) in a process of its own, as in production,
 * run from the org.apache.kafka jars with a {@code server.properties} written here and its storage formatted
 * once. Stopped with SIGTERM, which Kafka answers with a controlled shutdown.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path directory;
    private final int port;
    private final boolean throwAway;
    private final BrokerJvm jvm;

    private KafkaServer(Process process, Path directory, int port, boolean throwAway, BrokerJvm jvm) {
        this.process = process;
        this.directory = directory;
        this.port = port;
        this.throwAway = throwAway;
        this.jvm = jvm;
    }

    /**
     * Starts a throw-away server on the given port (a free one for 0), whose log directory goes when it stops,
     * that writes every record to disk before acknowledging it: with one replica, {@code acks=all} then means on disk.
     */
    public static KafkaServer startThrowAway(int port) {
        return startThrowAway(port, BrokerJvm.FROM_CLASS_PATH);
    }

    /** As {@link #startThrowAway(int)}, its JVMs run as {@code jvm} says. */
    public static KafkaServer startThrowAway(int port, BrokerJvm jvm) {
        try {
            return start(Files.createTempDirectory("entente-kafka-"), port, true, jvm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the server on its directory (its log directory and properties), formatting the storage on first use
     * only: the topics and their records are there at the next start. The caller makes sure no server from an
     * earlier run still uses the directory.
     */
    public static KafkaServer startPersistent(Path directory, int port) {
        return startPersistent(directory, port, BrokerJvm.FROM_CLASS_PATH);
    }

    /** As {@link #startPersistent(Path, int)}, its JVMs run as {@code jvm} says. */
    public static KafkaServer startPersistent(Path directory, int port, BrokerJvm jvm) {
        return start(directory, port, false, jvm);
    }

    /**
     * Starts the server on the given port, or on a free one for 0: chosen, released, then bound by the broker, so
     * another process may take it in between; then the broker starts again on another, at most three times.
     */
    static KafkaServer start(Path directory, int requestedPort, boolean throwAway, BrokerJvm jvm) {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOn(directory, requestedPort == 0 ? freePort() : requestedPort, throwAway, jvm);
            } catch (PortTaken taken) {
                if (attempt == 3 || !taken.controllers() && requestedPort != 0) {
                    throw taken;
                }
                if (taken.controllers()) {
                    // The controller's port is ours to choose, kept only for convenience: a single voter of a
                    // static quorum may come back on another one, with every topic and record.
                    KafkaServerProperties.forgetControllerPort(directory);
                }
            }
        }
    }

    private static KafkaServer startOn(Path directory, int port, boolean throwAway, BrokerJvm jvm) {
        try {
            Path properties = KafkaServerProperties.write(directory, port,
                    KafkaServerProperties.controllerPort(directory, port));
            if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
                format(jvm, properties, directory.resolve("format.log"));
            }
            // On the leash of this process: a launcher or a test JVM killed with SIGKILL takes its broker along.
            Process process = Leash.leashed(new ProcessBuilder(jvm.broker(LeashedMain.class.getName(),
                    List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), List.of("kafka.Kafka", properties.toString()))))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("kafka.log").toFile()).start();
            KafkaServer server = new KafkaServer(process, directory, port, throwAway, jvm);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka server in " + directory, e);
        }
    }

    /** The server could not bind one of its ports, its clients' or its controller's: another process holds it. */
    static final class PortTaken extends IllegalStateException {

        private final boolean controllers;

        PortTaken(boolean controllers, String message) {
            super(message);
            this.controllers = controllers;
        }

        /** Whether the port taken is the controller's, which the server may choose again, not its clients'. */
        boolean controllers() {
            return controllers;
        }
    }

    /** Formats the storage once, with a cluster id of its own; a formatted directory is never formatted again. */
    private static void format(BrokerJvm jvm, Path properties, Path log) throws IOException {
        // A JVM that lives a second: C1 alone, as the broker, and the serial collector (no parallel GC threads).
        Process format = new ProcessBuilder(jvm.formatter("kafka.tools.StorageTool",
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of("format", "-t", org.apache.kafka.common.Uuid.randomUuid().toString(), "-c",
                        properties.toString())))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka storage failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Listening first (a port taken shows there), then answering, both within {@link #START}. */
    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(START);
        awaitListening(deadline);
        try {
            new BrokerReadiness(bootstrapServers(), process::isAlive, this::logTail).await(deadline);
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
    }

    private void awaitListening(Instant deadline) throws IOException {
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                jvm.brokerEnded();
                String tail = logTail();
                if (tail.contains("Address already in use")) {
                    int taken = PortsInUse.named(tail, port);
                    throw new PortTaken(taken != port, "The Kafka server could not bind port " + taken
                            + (taken == port ? "" : " (its controller's)") + ", taken by another process: " + tail);
                }
                throw new IllegalStateException("The Kafka server stopped while starting: " + tail);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 500);
                return;
            } catch (IOException notYet) {
                sleep(200);
            }
        }
        close();
        throw new IllegalStateException("The Kafka server did not listen on port " + port + " within "
                + START.toSeconds() + " s: " + logTail());
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The port it listens on: a persistent server started again on it is the same broker to its clients. */
    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        ProcessEnd.await(process, Duration.ofSeconds(60), Duration.ofSeconds(10));
        jvm.brokerEnded();
        if (throwAway) {
            Directories.deleteTree(directory);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logTail() {
        try {
            return tail(directory.resolve("kafka.log"));
        } catch (IOException e) {
            return "(its log could not be read: " + e + ")";
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** A pause in a wait for the server; an interrupt ends the wait. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
