package org.entente.query.replay;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.extensions.kafka.KafkaProperties;
import org.entente.query.intake.AppliedPositions;
import org.entente.query.intake.BatchIntake;
import org.entente.query.intake.ReceivedRecord;
import org.entente.query.readmodel.Tables;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.entente.query.replay.ReplayOffsets.between;
import static org.entente.query.replay.ReplayOffsets.earliest;
import static org.entente.query.replay.ReplayOffsets.nextOffsets;
import static org.entente.query.replay.ReplayOffsets.positionIn;
import static org.entente.query.replay.ReplayOffsets.sameMoment;
import static org.entente.query.replay.ReplayOffsets.startingAt;

/**
 * One replay's own consumer of the topic, feeding the rebuilt tables through the same intake as the live consumer
 * while keeping a position of its own, so that a replay never moves what the live read models have read.
 */
final class ReplayReader implements AutoCloseable {

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final AppliedPositions live;
    private final BatchIntake intake;
    private final TransactionTemplate transaction;
    private final Tables rebuilt;
    private List<TopicPartition> partitions = List.of();

    ReplayReader(KafkaProperties kafka, AppliedPositions live, BatchIntake intake, TransactionTemplate transaction,
                 Tables rebuilt) {
        this.consumer = consumer(kafka);
        this.topic = kafka.getDefaultTopic();
        this.live = live;
        this.intake = intake;
        this.transaction = transaction;
        this.rebuilt = rebuilt;
    }

    /** Takes every partition of the topic and seeks to where the replay starts; returns those offsets. */
    Map<TopicPartition, Long> assignFrom(Instant from) {
        partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> start = from == null ? consumer.beginningOffsets(partitions) : startFrom(from);
        start.forEach(consumer::seek);
        return start;
    }

    private Map<TopicPartition, Long> startFrom(Instant from) {
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(sameMoment(partitions, from));
        Map<TopicPartition, Long> atMoment = startingAt(partitions, found, consumer.endOffsets(partitions));
        // No later than where the live read models stand, so that what the seed copies and what the replay reads
        // meet, even when the live consumer is behind.
        return earliest(atMoment, liveTarget());
    }

    /** How many records the topic holds now from {@code start} on. */
    long remainingFrom(Map<TopicPartition, Long> start) {
        return between(start, consumer.endOffsets(partitions));
    }

    /** Where the live read models stand in the topic now. */
    Map<PartitionKey, Long> livePosition() {
        return positionIn(partitions, live.lastApplied());
    }

    /** The offsets to read up to, exclusive, to reach {@code position}. */
    Map<TopicPartition, Long> targetAt(Map<PartitionKey, Long> position) {
        return nextOffsets(position, partitions, consumer.beginningOffsets(partitions));
    }

    Map<TopicPartition, Long> liveTarget() {
        return targetAt(livePosition());
    }

    long behind(Map<TopicPartition, Long> target) {
        return ReplayOffsets.behind(target, consumer::position);
    }

    Map<TopicPartition, Long> positions() {
        return partitions.stream().collect(Collectors.toMap(p -> p, consumer::position));
    }

    void rewindTo(Map<TopicPartition, Long> positions) {
        positions.forEach(consumer::seek);
    }

    /** Applies the records before {@code target}, each batch in a transaction of its own, saving the progress. */
    void takeEachBatchCommitted(Map<TopicPartition, Long> target, ProgressReporter progress) {
        takeUntil(target, progress, true, Instant.MAX);
    }

    /** Applies the records before {@code target} in the current transaction, giving up after {@code deadline}. */
    void takeWithin(Map<TopicPartition, Long> target, ProgressReporter progress, Instant deadline) {
        takeUntil(target, progress, false, deadline);
    }

    private void takeUntil(Map<TopicPartition, Long> target, ProgressReporter progress,
                           boolean transactionPerBatch, Instant deadline) {
        while (behind(target) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The last records took too long to read; the live tables are let go");
            }
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            Runnable apply = () -> {
                List<ReceivedRecord> batch = before(target, records);
                intake.receiveAll(rebuilt, batch);
                progress.add(batch.size());
            };
            if (transactionPerBatch) {
                transaction.executeWithoutResult(status -> apply.run());
                progress.reportIfDue();
            } else {
                apply.run();
            }
        }
    }

    private List<ReceivedRecord> before(Map<TopicPartition, Long> target, ConsumerRecords<String, byte[]> records) {
        List<ReceivedRecord> batch = new ArrayList<>();
        for (TopicPartition partition : records.partitions()) {
            long end = target.get(partition);
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (record.offset() >= end) {
                    // Beyond the target: read again by the next step, if it goes that far.
                    consumer.seek(partition, end);
                    break;
                }
                batch.add(ReceivedRecord.of(record));
            }
        }
        return batch;
    }

    private static Consumer<String, byte[]> consumer(KafkaProperties kafka) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafka.getBootstrapServers()),
                ConsumerConfig.CLIENT_ID_CONFIG, "entente-query-replay",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Each record is applied in a savepoint: PostgreSQL keeps up to 64 per transaction cheaply.
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 60,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
