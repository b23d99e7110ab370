package org.entente.cli.launcher;

import org.entente.devstack.Database;

import java.nio.file.Path;

/**
 * How to run the local stack: where the service jars and the signing key are, which ports to use, and which
 * existing infrastructure to use instead of starting our own (null: start it). On an existing PostgreSQL server,
 * {@code externalDatabase} is one we can create the services' databases from. The servers we start keep their data
 * under {@code dataDirectory} ({@code postgres/}, {@code kafka/}) unless {@code ephemeral}.
 */
public record StackSettings(
        Path projectRoot,
        Path dataDirectory,
        int kafkaPort,
        int commandPort,
        int queryPort,
        int webPort,
        Database externalDatabase,
        String externalKafka,
        String topic,
        int partitions,
        Path logDirectory,
        boolean ephemeral) {

    Path jar(String module) {
        return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }
}
