package org.entente.devstack;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/** The Docker alternative to the in-JVM servers, for machines that have a Docker engine. */
final class ContainerServers {

    private ContainerServers() {
    }

    static TestInfrastructure start() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:3.9.1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }, "test-containers-shutdown"));
        Database admin = new Database(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        return TestInfrastructure.of(admin, kafka.getBootstrapServers());
    }
}
