package org.entente.query.consuming;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.platform.kafka.QuickAdmin;
import org.entente.query.intake.AppliedPositions;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code consumption} in the query service's health: how many records of the topic the read models have not taken
 * yet, per partition and in all: the topic's end offsets minus the positions the read models hold themselves.
 */
@Component("consumption")
class ConsumerLagHealth implements HealthIndicator {

    private final KafkaProperties kafka;
    private final AppliedPositions applied;

    ConsumerLagHealth(KafkaProperties kafka, AppliedPositions applied) {
        this.kafka = kafka;
        this.applied = applied;
    }

    @Override
    public Health health() {
        try (Admin admin = QuickAdmin.create(kafka)) {
            String topic = kafka.getDefaultTopic();
            int partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(4, TimeUnit.SECONDS)
                    .get(topic).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = java.util.stream.IntStream.range(0, partitions).boxed()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p), p -> OffsetSpec.latest()));
            Map<Integer, Long> ends = admin.listOffsets(latest).all().get(4, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
            Map<Integer, Long> positions = applied.lastApplied();
            Map<Integer, Long> lag = ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> Math.max(0, e.getValue() - positions.getOrDefault(e.getKey(), -1L) - 1)));
            return Health.up().withDetail("topic", topic)
                    .withDetail("consumerLag", lag.values().stream().mapToLong(Long::longValue).sum())
                    .withDetail("lagByPartition", lag).build();
        } catch (Exception unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Health.unknown().withDetail("error", String.valueOf(unreachable)).build();
        }
    }
}
