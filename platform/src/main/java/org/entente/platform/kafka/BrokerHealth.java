package org.entente.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.concurrent.TimeUnit;

/** {@code broker} in a service's health: whether the Kafka cluster answers, and with how many brokers. */
public class BrokerHealth implements HealthIndicator {

    private final KafkaProperties kafka;

    public BrokerHealth(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    @Override
    public Health health() {
        try (Admin admin = QuickAdmin.create(kafka)) {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                    .get(4, TimeUnit.SECONDS).size();
            return Health.up().withDetail("bootstrapServers", String.join(",", kafka.getBootstrapServers()))
                    .withDetail("brokers", brokers).build();
        } catch (Exception unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Health.down().withDetail("bootstrapServers", String.join(",", kafka.getBootstrapServers()))
                    .withDetail("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}
