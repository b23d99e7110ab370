package org.entente.command.publishing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the events at the end of each partition of the topic, read when the publisher may have published
 * more than its position says: at its start (it may have crashed between the broker's acknowledgement and the
 * commit of its position) and after each failed batch (the broker may have written records whose acknowledgement
 * was lost). Whatever is among them is already on the topic and is not sent again.
 *
 * <p>The depth read back must exceed what the publisher can have sent beyond its stored position: a batch per
 * failure. Its batches are of at most {@code entente.publishing.batch-size} events (100 by default), and
 * {@value #DEFAULT_DEPTH} records per partition leave a wide margin.
 */
final class RecentlyPublished {

    static final int DEFAULT_DEPTH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(RecentlyPublished.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<String, Object> consumerSettings;
    private final String topic;
    private final int depth;
    private volatile boolean stale = true;
    private volatile Set<String> ids = Set.of();

    RecentlyPublished(String bootstrapServers, String topic, int depth) {
        this.consumerSettings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        this.topic = topic;
        this.depth = depth;
    }

    /** Whether the event is among those at the end of the topic; reads them again first if they may have changed. */
    boolean contains(String eventId, Runnable flush) {
        if (stale) {
            // Records still in flight in the producer may land after the reading: wait until none is left.
            flush.run();
            ids = read();
            stale = false;
        }
        return ids.contains(eventId);
    }

    /** A batch failed: the broker may hold some of it although it said nothing. */
    void suspect() {
        stale = true;
    }

    private Set<String> read() {
        Set<String> read = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, PATIENCE).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, PATIENCE);
            consumer.assign(partitions);
            ends.forEach((partition, end) -> consumer.seek(partition, Math.max(0, end - depth)));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The end of " + topic + " could not be read within "
                            + PATIENCE.toSeconds() + " s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> add(read, record));
            }
        }
        log.info("Publisher resuming: {} records at the end of {} will not be sent again", read.size(), topic);
        return Set.copyOf(read);
    }

    private static void add(Set<String> ids, ConsumerRecord<byte[], byte[]> record) {
        Header id = record.headers().lastHeader("ce_id");
        if (id != null) {
            ids.add(new String(id.value(), StandardCharsets.UTF_8));
        }
    }
}
