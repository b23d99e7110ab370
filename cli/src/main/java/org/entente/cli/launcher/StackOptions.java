package org.entente.cli.launcher;

import org.entente.devstack.DataDirectory;
import org.entente.devstack.Database;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The ports and the infrastructure of a local installation, shared by the commands that start one ({@code up},
 * {@code restore}). With {@code ENTENTE_DB_URL} or {@code KAFKA_BOOTSTRAP_SERVERS} set, that PostgreSQL server or
 * broker is used instead of one of our own.
 */
public final class StackOptions {

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Port of the local broker (default 9092)")
    int kafkaPort;

    @Option(names = "--command-port", defaultValue = "8081", description = "Port of command-service (default 8081)")
    int commandPort;

    @Option(names = "--query-port", defaultValue = "8082", description = "Port of query-service (default 8082)")
    int queryPort;

    @Option(names = "--web-port", defaultValue = "8080", description = "Port of the web application (default 8080)")
    int webPort;

    public StackSettings settings(boolean ephemeral) {
        return new StackSettings(projectRoot(), DataDirectory.resolve(), kafkaPort, commandPort, queryPort, webPort,
                externalDatabase(), blankToNull(System.getenv("KAFKA_BOOTSTRAP_SERVERS")),
                System.getenv().getOrDefault("ENTENTE_TOPIC", "partnership-events"),
                Integer.parseInt(System.getenv().getOrDefault("ENTENTE_TOPIC_PARTITIONS", "6")),
                projectRoot().resolve(".entente").resolve("logs"), ephemeral);
    }

    private static Path projectRoot() {
        String root = System.getenv("ENTENTE_ROOT");
        return Path.of(root != null ? root : ".").toAbsolutePath().normalize();
    }

    /** With ENTENTE_DB_URL set, the services' databases are created on that server instead of an embedded one. */
    private static Database externalDatabase() {
        String url = blankToNull(System.getenv("ENTENTE_DB_URL"));
        return url == null ? null : new Database(url, System.getenv().getOrDefault("ENTENTE_DB_USER", "entente"),
                System.getenv().getOrDefault("ENTENTE_DB_PASSWORD", "entente"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
