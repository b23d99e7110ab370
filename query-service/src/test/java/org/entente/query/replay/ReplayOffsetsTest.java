package org.entente.query.replay;

import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.query.replay.ReplayOffsets.behind;
import static org.entente.query.replay.ReplayOffsets.between;
import static org.entente.query.replay.ReplayOffsets.earliest;
import static org.entente.query.replay.ReplayOffsets.nextOffsets;
import static org.entente.query.replay.ReplayOffsets.positionIn;
import static org.entente.query.replay.ReplayOffsets.sameMoment;
import static org.entente.query.replay.ReplayOffsets.startingAt;

class ReplayOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("partnerships", 0);
    private static final TopicPartition P1 = new TopicPartition("partnerships", 1);
    private static final List<TopicPartition> BOTH = List.of(P0, P1);
    private static final Instant MOMENT = Instant.parse("2026-11-26T10:00:00Z");

    @Nested
    class FromAMoment {

        @Test
        void everyPartitionIsAskedForTheSameMoment() {
            long millis = MOMENT.toEpochMilli();

            assertThat(sameMoment(BOTH, MOMENT)).isEqualTo(Map.of(P0, millis, P1, millis));
        }

        @Test
        void aPartitionWrittenSince_startsAtTheFirstOffsetAtOrAfterIt() {
            Map<TopicPartition, Long> start = startingAt(BOTH, found(P0, 7, P1, 3), Map.of(P0, 20L, P1, 9L));

            assertThat(start).isEqualTo(Map.of(P0, 7L, P1, 3L));
        }

        @Test
        void aMomentPastTheEnd_startsAtTheEnd_andLeavesNothingToRead() {
            Map<TopicPartition, Long> end = Map.of(P0, 20L, P1, 9L);

            Map<TopicPartition, Long> start = startingAt(BOTH, nothingFound(), end);

            assertThat(start).isEqualTo(end);
            assertThat(between(start, end)).isZero();
        }

        @Test
        void onlyOnePartitionWrittenSince_theOtherStartsAtItsEnd() {
            Map<TopicPartition, OffsetAndTimestamp> found = nothingFound();
            found.put(P1, new OffsetAndTimestamp(4, MOMENT.toEpochMilli()));

            assertThat(startingAt(BOTH, found, Map.of(P0, 20L, P1, 9L))).isEqualTo(Map.of(P0, 20L, P1, 4L));
        }

        @Test
        void aLiveConsumerBehindTheMoment_pullsTheStartBackToWhereItStands() {
            Map<TopicPartition, Long> atMoment = Map.of(P0, 7L, P1, 3L);
            Map<TopicPartition, Long> liveNext = Map.of(P0, 5L, P1, 9L);

            assertThat(earliest(atMoment, liveNext)).isEqualTo(Map.of(P0, 5L, P1, 3L));
        }
    }

    @Nested
    class WhereTheLiveReadModelsStand {

        @Test
        void aPartitionRead_continuesAfterItsLastAppliedOffset() {
            assertThat(nextOffsets(Map.of(key(P0), 41L, key(P1), 0L), BOTH, Map.of(P0, 0L, P1, 0L)))
                    .isEqualTo(Map.of(P0, 42L, P1, 1L));
        }

        @Test
        void aPartitionNeverRead_startsAtItsBeginning_evenWhenOldRecordsWereDeleted() {
            assertThat(nextOffsets(Map.of(key(P0), 41L), BOTH, Map.of(P0, 0L, P1, 1_000L)))
                    .isEqualTo(Map.of(P0, 42L, P1, 1_000L));
        }

        @Test
        void onlyThePartitionsOfTheTopicCount_andThoseNeverReadAreAbsent() {
            Map<Integer, Long> lastApplied = Map.of(0, 41L, 5, 99L);

            assertThat(positionIn(BOTH, lastApplied)).isEqualTo(Map.of(key(P0), 41L));
        }
    }

    @Nested
    class AnEmptyTopic {

        private final Map<TopicPartition, Long> zero = Map.of(P0, 0L, P1, 0L);

        @Test
        void startsAtZero_hasNothingToRead_andIsNeverBehind() {
            Map<TopicPartition, Long> start = startingAt(BOTH, nothingFound(), zero);
            Map<TopicPartition, Long> target = nextOffsets(positionIn(BOTH, Map.of()), BOTH, zero);

            assertThat(start).isEqualTo(zero);
            assertThat(between(start, zero)).isZero();
            assertThat(target).isEqualTo(zero);
            assertThat(behind(target, partition -> 0L)).isZero();
        }
    }

    @Nested
    class Counting {

        @Test
        void betweenStartAndEnd_sumsEveryPartition() {
            assertThat(between(Map.of(P0, 7L, P1, 3L), Map.of(P0, 20L, P1, 9L))).isEqualTo(19);
        }

        @Test
        void behind_sumsWhatIsLeftBeforeTheTarget() {
            Map<TopicPartition, Long> position = Map.of(P0, 10L, P1, 2L);

            assertThat(behind(Map.of(P0, 12L, P1, 9L), position::get)).isEqualTo(9);
        }

        @Test
        void aPartitionReadPastItsTarget_countsNone_ratherThanHidingTheOthers() {
            Map<TopicPartition, Long> position = Map.of(P0, 30L, P1, 2L);

            assertThat(behind(Map.of(P0, 12L, P1, 9L), position::get)).isEqualTo(7);
        }

        @Test
        void atTheTarget_isNotBehind() {
            Map<TopicPartition, Long> target = Map.of(P0, 12L, P1, 9L);

            assertThat(behind(target, target::get)).isZero();
        }
    }

    private static PartitionKey key(TopicPartition partition) {
        return PartitionKey.of(partition);
    }

    private static Map<TopicPartition, OffsetAndTimestamp> found(TopicPartition one, long offset,
                                                                 TopicPartition other, long otherOffset) {
        return Map.of(one, new OffsetAndTimestamp(offset, MOMENT.toEpochMilli()),
                other, new OffsetAndTimestamp(otherOffset, MOMENT.toEpochMilli()));
    }

    /** As Kafka answers for a partition with nothing written at or after the moment: the partition, no offset. */
    private static Map<TopicPartition, OffsetAndTimestamp> nothingFound() {
        Map<TopicPartition, OffsetAndTimestamp> found = new HashMap<>();
        BOTH.forEach(partition -> found.put(partition, null));
        return found;
    }
}
