package org.entente.query.reconciliation;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.query.web.Unavailable;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Reads the whole partnership topic, from its start to the end it had when the reading began, with a consumer of
 * no group (it commits nothing and moves no one's position), and counts each partnership's sequence numbers.
 */
@Component
class TopicCensus {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String NO_KEY = "(no key)";

    private final KafkaProperties kafka;

    TopicCensus(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    Census read() {
        Census census = new Census();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(kafka.getDefaultTopic(), Duration.ofSeconds(10))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!atEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new Unavailable("reconciliation.topic-unavailable", "The topic could not be read to its end "
                            + "within " + PATIENCE.toSeconds() + " s; try again.", null);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(record -> count(census, record));
            }
        } catch (KafkaException e) {
            throw new Unavailable("reconciliation.topic-unavailable",
                    "The topic could not be read; try again once the broker answers.", e);
        }
        return census;
    }

    private static boolean atEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void count(Census census, ConsumerRecord<String, byte[]> record) {
        census.count(record.key() == null ? NO_KEY : record.key(), sequence(record.headers().lastHeader("ce_sequence")));
    }

    /** The sequence number a record carries, or -1 (counted as foreign) when it has none we can read. */
    private static long sequence(Header header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(new String(header.value(), StandardCharsets.UTF_8));
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
