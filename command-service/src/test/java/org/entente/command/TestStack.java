package org.entente.command;

import org.entente.devstack.Database;
import org.entente.devstack.Directories;
import org.entente.devstack.TestInfrastructure;
import org.entente.devstack.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Wires a command-service test context to the JVM's shared PostgreSQL and Kafka, with its own database and topic. */
public record TestStack(String topic, Database database) {

    public static TestStack register(DynamicPropertyRegistry registry) {
        return register(registry, TestInfrastructure.shared().bootstrapServers());
    }

    /** As {@link #register(DynamicPropertyRegistry)}, on a broker of the test's own. */
    public static TestStack register(DynamicPropertyRegistry registry, String bootstrapServers) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        // The topic is left for the service to declare, as it does in production.
        TestStack stack = new TestStack(infrastructure.freshTopicName("partnership-events-it"),
                infrastructure.freshDatabase("command_it"));
        registry.add("spring.datasource.url", stack.database::jdbcUrl);
        registry.add("spring.datasource.username", stack.database::username);
        registry.add("spring.datasource.password", stack.database::password);
        registry.add("axon.kafka.bootstrap-servers", () -> bootstrapServers);
        registry.add("axon.kafka.default-topic", stack::topic);
        registry.add("entente.security.public-key", TestTokens::publicKeyLocation);
        registry.add("entente.ledger.checkpoint-topic", () -> stack.topic() + "-checkpoints");
        java.nio.file.Path ledger = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
                "entente-ledger-" + stack.topic());
        // A private key: deleted when the JVM ends, and under target/ should it be killed first.
        Directories.deleteTreeAtExit(ledger, () -> { });
        registry.add("entente.ledger.key-file", () -> ledger.resolve("ledger-signing-key").toString());
        return stack;
    }

    public static String bootstrapServers() {
        return TestInfrastructure.shared().bootstrapServers();
    }
}
