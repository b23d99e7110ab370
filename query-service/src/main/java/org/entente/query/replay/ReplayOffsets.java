package org.entente.query.replay;

import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The offset arithmetic of a replay, kept apart from the consumer and the database so that its edge cases (an empty
 * topic, a moment past the end, a live consumer behind) are tested on their own.
 */
final class ReplayOffsets {

    private ReplayOffsets() {
    }

    /** The question to ask {@code offsetsForTimes}: the same moment on every partition. */
    static Map<TopicPartition, Long> sameMoment(List<TopicPartition> partitions, Instant time) {
        return partitions.stream().collect(Collectors.toMap(p -> p, p -> time.toEpochMilli()));
    }

    /**
     * The first offset written at or after the moment, per partition; the end of a partition written nothing since,
     * for which Kafka finds no offset.
     */
    static Map<TopicPartition, Long> startingAt(List<TopicPartition> partitions,
                                                Map<TopicPartition, OffsetAndTimestamp> found,
                                                Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = found.get(partition);
            start.put(partition, offset == null ? end.get(partition) : offset.offset());
        }
        return start;
    }

    /** The live read models' position, for the partitions of the topic; partitions they never read are absent. */
    static Map<PartitionKey, Long> positionIn(List<TopicPartition> partitions, Map<Integer, Long> lastApplied) {
        Map<PartitionKey, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long offset = lastApplied.get(partition.partition());
            if (offset != null) {
                positions.put(PartitionKey.of(partition), offset);
            }
        }
        return positions;
    }

    /** The offset after the last one applied, per partition; the beginning of partitions never read. */
    static Map<TopicPartition, Long> nextOffsets(Map<PartitionKey, Long> lastApplied, List<TopicPartition> partitions,
                                                 Map<TopicPartition, Long> beginning) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long last = lastApplied.get(PartitionKey.of(partition));
            next.put(partition, last == null ? beginning.get(partition) : last + 1);
        }
        return next;
    }

    /** Per partition, the lower of both offsets. */
    static Map<TopicPartition, Long> earliest(Map<TopicPartition, Long> one, Map<TopicPartition, Long> other) {
        Map<TopicPartition, Long> earliest = new HashMap<>(one);
        other.forEach((partition, offset) -> earliest.merge(partition, offset, Math::min));
        return earliest;
    }

    /** How many records lie between the start and the end offsets, over every partition that has an end. */
    static long between(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(entry -> entry.getValue() - start.get(entry.getKey())).sum();
    }

    /** How many records are left before the target, a partition read past its target counting none. */
    static long behind(Map<TopicPartition, Long> target, ToLongFunction<TopicPartition> position) {
        return target.entrySet().stream().mapToLong(entry -> Math.max(0,
                entry.getValue() - position.applyAsLong(entry.getKey()))).sum();
    }
}
