package org.entente.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code server.properties} of a single-node KRaft server: one replica, declared topics, durable appends. */
final class KafkaServerProperties {

    private KafkaServerProperties() {
    }

    /**
     * The controller's port, chosen once per directory and kept, so that the single voter of the quorum keeps its
     * address across restarts while it can; never the broker's own port. Chosen again when another process took it
     * meanwhile ({@link #forgetControllerPort}): a static quorum's voter may come back on another port.
     */
    static int controllerPort(Path directory, int brokerPort) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("controller.port");
        int kept = keptControllerPort(directory);
        if (kept != 0) {
            if (kept == brokerPort) {
                throw new IllegalStateException("The broker's port " + brokerPort + " is its controller's, kept in "
                        + file + ": choose another --kafka-port");
            }
            return kept;
        }
        int port = KafkaServer.freePort();
        while (port == brokerPort) {
            // A free port chosen before the broker binds its own can be that very port.
            port = KafkaServer.freePort();
        }
        Files.writeString(file, Integer.toString(port));
        return port;
    }

    /** The controller's port kept for the directory; 0 when none is kept. */
    static int keptControllerPort(Path directory) {
        try {
            Path file = directory.resolve("controller.port");
            return Files.exists(file) ? Integer.parseInt(Files.readString(file).trim()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Forgets the kept controller's port, taken by another process: the next start chooses another. */
    static void forgetControllerPort(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve("controller.port"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path directory, int port, int controllerPort) throws IOException {
        Files.createDirectories(directory.resolve("data"));
        Path file = directory.resolve("server.properties");
        Files.writeString(file, """
                # Written by Entente for a single-node installation: broker and controller in one process.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=PLAINTEXT://localhost:%1$d,CONTROLLER://localhost:%2$d
                advertised.listeners=PLAINTEXT://localhost:%1$d
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                log.dirs=%3$s
                # One copy of everything: there is no other broker to hold a second.
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                offsets.topic.num.partitions=5
                # Topics are declared by the services (partitions, unlimited retention), never created by a typo.
                auto.create.topics.enable=false
                group.initial.rebalance.delay.ms=0
                # With one replica there is no other copy to rely on: each append reaches the disk before its ack.
                log.flush.interval.messages=1
                # The controller's no-op records tell other brokers it lives; in one process there are none to tell.
                # Every 5 s instead of every 0.5 s, an idle broker uses a third less CPU (BENCHMARKS.md, issue 30).
                metadata.max.idle.interval.ms=5000
                """.formatted(port, controllerPort, directory.resolve("data").toAbsolutePath()));
        return file;
    }
}
