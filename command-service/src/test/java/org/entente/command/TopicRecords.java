package org.entente.command;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * Reads a partnership's records from the topic with a plain consumer of its own, as any subscriber would: every
 * partition from its beginning to its end, so that a record sent twice is seen twice, not cut off at the number
 * expected.
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** Every record of the partnership on the topic, read once at least {@code expected} are there. */
    public static List<ConsumerRecord<String, byte[]>> of(String topic, String partnershipId, int expected) {
        return of(TestStack.bootstrapServers(), topic, partnershipId, expected);
    }

    /** As {@link #of(String, String, int)}, from the given broker. */
    public static List<ConsumerRecord<String, byte[]>> of(String bootstrapServers, String topic, String partnershipId,
            int expected) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO)
                    .alias(topic + ": " + expected + " records of " + partnershipId + ", then its end").until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                            if (partnershipId.equals(record.key())) {
                                found.add(record);
                            }
                        });
                        return found.size() >= expected && atTheEnd(consumer, partitions);
                    });
        }
        return found;
    }

    private static boolean atTheEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
    }
}
