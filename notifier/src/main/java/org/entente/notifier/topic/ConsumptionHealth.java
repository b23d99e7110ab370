package org.entente.notifier.topic;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.entente.notifier.NotifierSettings;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code consumption} in the notifier's health: how many records of the topic it has not taken yet, per partition
 * and in all. Its group commits a position only once what it read is stored, so the topic's end minus that position
 * is what is still to be read; a partition it never committed counts from the topic's start. A restore waits for
 * it to reach 0, and {@code ./entente status} prints it. Every call to the broker ends within a few seconds: a
 * health request never hangs on an unreachable broker.
 */
@Component("consumption")
class ConsumptionHealth implements HealthIndicator {

    private static final int TIMEOUT_MS = 3000;

    private final NotifierSettings settings;

    ConsumptionHealth(NotifierSettings settings) {
        this.settings = settings;
    }

    @Override
    public Health health() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(), AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS))) {
            List<TopicPartition> partitions = partitions(admin);
            Map<Integer, Long> lag = lag(offsets(admin, partitions, OffsetSpec.earliest()),
                    offsets(admin, partitions, OffsetSpec.latest()), committed(admin));
            return Health.up().withDetail("topic", settings.topic()).withDetail("group", settings.group())
                    .withDetail("consumerLag", lag.values().stream().mapToLong(Long::longValue).sum())
                    .withDetail("lagByPartition", lag).build();
        } catch (Exception unreachable) {
            if (unreachable instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Health.unknown().withDetail("error", String.valueOf(unreachable)).build();
        }
    }

    /** Per partition: its end, less the group's position there, or less its start where the group has none. */
    static Map<Integer, Long> lag(Map<Integer, Long> starts, Map<Integer, Long> ends, Map<Integer, Long> positions) {
        return ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, end -> Math.max(0,
                end.getValue() - positions.getOrDefault(end.getKey(), starts.getOrDefault(end.getKey(), 0L))),
                Long::sum, TreeMap::new));
    }

    private List<TopicPartition> partitions(Admin admin) throws Exception {
        int count = admin.describeTopics(List.of(settings.topic())).allTopicNames().get(4, TimeUnit.SECONDS)
                .get(settings.topic()).partitions().size();
        return IntStream.range(0, count).mapToObj(p -> new TopicPartition(settings.topic(), p)).toList();
    }

    private static Map<Integer, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, ListOffsetsResultInfo> found = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), p -> spec))).all().get(4, TimeUnit.SECONDS);
        return found.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(),
                e -> e.getValue().offset()));
    }

    private Map<Integer, Long> committed(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(settings.group())
                .partitionsToOffsetAndMetadata().get(4, TimeUnit.SECONDS);
        return committed.entrySet().stream().filter(e -> e.getValue() != null
                        && e.getKey().topic().equals(settings.topic()))
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
    }
}
