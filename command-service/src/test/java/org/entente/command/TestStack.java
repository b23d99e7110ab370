package org.entente.command;

import org.entente.devstack.Database;
import org.entente.devstack.Directories;
import org.entente.devstack.TestInfrastructure;
import org.entente.devstack.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wires a command-service test context to the JVM's shared PostgreSQL and Kafka, with its own database and topic. */
public record TestStack(String topic, Database database, String brokers) {

    public static TestStack register(DynamicPropertyRegistry registry) {
        return register(registry, TestInfrastructure.shared().bootstrapServers());
    }

    /** As {@link #register(DynamicPropertyRegistry)}, on a broker of the test's own. */
    public static TestStack register(DynamicPropertyRegistry registry, String bootstrapServers) {
        TestStack stack = fresh(bootstrapServers);
        stack.properties().forEach((name, value) -> registry.add(name, () -> value));
        return stack;
    }

    /** A database and a topic of their own on the shared servers, for services a test starts itself. */
    public static TestStack fresh(String bootstrapServers) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        // The topic is left for the service to declare, as it does in production.
        return new TestStack(infrastructure.freshTopicName("partnership-events-it"),
                infrastructure.freshDatabase("command_it"), bootstrapServers);
    }

    /** The service's settings for this stack; every instance started with them shares its database and topic. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("axon.kafka.bootstrap-servers", brokers);
        properties.put("axon.kafka.default-topic", topic);
        properties.put("entente.security.public-key", TestTokens.publicKeyLocation());
        properties.put("entente.ledger.checkpoint-topic", topic + "-checkpoints");
        Path ledger = Path.of(System.getProperty("java.io.tmpdir"), "entente-ledger-" + topic);
        // A private key: deleted when the JVM ends, and under target/ should it be killed first.
        Directories.deleteTreeAtExit(ledger, () -> { });
        properties.put("entente.ledger.key-file", ledger.resolve("ledger-signing-key").toString());
        return properties;
    }

    public static String bootstrapServers() {
        return TestInfrastructure.shared().bootstrapServers();
    }
}
