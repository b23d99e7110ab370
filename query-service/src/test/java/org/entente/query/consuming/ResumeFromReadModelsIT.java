package org.entente.query.consuming;

import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live consumer resumes where the read models stand, whatever token Axon stored: a stored token that claims
 * more than was applied would otherwise skip records for good. And its health tells the truth: records it has not
 * applied show as a lag, which is gone once it has.
 */
@SpringBootTest
class ResumeFromReadModelsIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Serializer serializer;
    @Autowired
    ApplicationContext context;

    @Test
    void recordsNotYetApplied_showAsTheConsumerLag_untilTheyAre() {
        HealthIndicator consumption = context.getBean("consumption", HealthIndicator.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> lag(consumption) == 0);
        TrackingEventProcessor processor = processing.eventProcessor(LiveIntake.PROCESSOR,
                TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();
        UUID waiting = UUID.randomUUID();
        try {
            PublishedEvents.publishProposal(stack.topic(), waiting);
            await().atMost(Duration.ofSeconds(30)).until(() -> lag(consumption) == 3);
            assertThat(events(waiting)).isZero();
        } finally {
            processor.start();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> lag(consumption) == 0);
        assertThat(events(waiting)).isEqualTo(3);
    }

    private static long lag(HealthIndicator consumption) {
        Health health = consumption.health();
        assertThat(health.getStatus()).as(health.toString()).isEqualTo(Status.UP);
        return ((Number) health.getDetails().get("consumerLag")).longValue();
    }

    @Test
    void aStoredTokenAheadOfTheReadModels_skipsNothing() {
        UUID before = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), before);
        await().atMost(Duration.ofSeconds(30)).until(() -> events(before) == 3);
        TrackingEventProcessor processor = processing.eventProcessor(LiveIntake.PROCESSOR,
                TrackingEventProcessor.class).orElseThrow();
        processor.shutDown();

        UUID after = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), after);
        // A token claiming every record of the topic, the new ones too, as a crash between partitions could leave it.
        Map<TopicPartition, Long> ahead = new HashMap<>();
        stack.endOffsets().forEach((partition, end) -> ahead.put(partition, end - 1));
        SerializedObject<byte[]> token = serializer.serialize(KafkaTrackingToken.newInstance(ahead), byte[].class);
        assertThat(jdbc.update("UPDATE TokenEntry SET token = ?, tokenType = ? WHERE processorName = ?",
                token.getData(), token.getType().getName(), LiveIntake.PROCESSOR)).isEqualTo(1);
        processor.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> events(after) == 3);
        assertThat(events(before)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partnership_event WHERE kafka_offset IS NULL",
                Long.class)).isZero();
    }

    /**
     * The position is the read models' own, written in the projection's transaction: a projection the database
     * refuses (here a refusal that is the database's, not the record's: a missing grant) keeps neither its rows nor
     * its position, and is retried until it applies, each record once, its position with it.
     */
    @Test
    void aProjectionTheDatabaseRefuses_keepsNeitherItsRowsNorItsPosition_andIsAppliedOnceWhenItCan() {
        UUID refused = UUID.randomUUID();
        // The sequence counts the refusals: it is not rolled back with them.
        jdbc.execute("""
                CREATE SEQUENCE refusals;
                CREATE FUNCTION refuse_projection() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM nextval('refusals');
                RAISE EXCEPTION 'refused by the test' USING ERRCODE = 'insufficient_privilege'; END $$;
                CREATE TRIGGER refuse_projection BEFORE INSERT ON partnership_event FOR EACH ROW
                WHEN (NEW.partnership_id = '%s') EXECUTE FUNCTION refuse_projection();
                """.formatted(refused));
        try {
            PublishedEvents.publishProposal(stack.topic(), refused);
            await().atMost(Duration.ofSeconds(60)).alias("the projection refused twice")
                    .until(() -> jdbc.queryForObject("SELECT last_value FROM refusals", Long.class) >= 2);
            assertThat(events(refused)).as("rows of a refused projection").isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE partnership_key = ?",
                    Long.class, refused.toString())).as("parked: the refusal is the database's, not the record's").isZero();
            assertThat(appliedEnds()).as("positions of the read models, behind the topic's end")
                    .isNotEqualTo(topicEnds());
        } finally {
            jdbc.execute("DROP TRIGGER refuse_projection ON partnership_event; DROP FUNCTION refuse_projection(); "
                    + "DROP SEQUENCE refusals");
        }

        await().atMost(Duration.ofSeconds(60)).alias("the refused records applied at last")
                .until(() -> events(refused) == 3);
        await().atMost(Duration.ofSeconds(30)).alias("the read models' positions at the topic's end")
                .until(() -> appliedEnds().equals(topicEnds()));
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT (kafka_partition, kafka_offset)) FROM partnership_event "
                + "WHERE partnership_id = ?", Long.class, refused)).as("each record once").isEqualTo(3);
    }

    /** The end offsets of the topic's partitions that hold records. */
    private Map<TopicPartition, Long> topicEnds() {
        Map<TopicPartition, Long> ends = new HashMap<>(stack.endOffsets());
        ends.values().removeIf(end -> end == 0);
        return ends;
    }

    /** Where the read models stand, as the end offsets of the partitions they hold records of. */
    private Map<TopicPartition, Long> appliedEnds() {
        Map<TopicPartition, Long> ends = new HashMap<>();
        jdbc.query("SELECT kafka_partition, max(kafka_offset) + 1 FROM partnership_event GROUP BY kafka_partition",
                row -> {
                    ends.put(new TopicPartition(stack.topic(), row.getInt(1)), row.getLong(2));
                });
        return ends;
    }

    private long events(UUID partnership) {
        return jdbc.queryForObject("SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class,
                partnership);
    }
}
