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

    private long events(UUID partnership) {
        return jdbc.queryForObject("SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class,
                partnership);
    }
}
