package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.entente.command.PublisherPosition;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault battery's R2 found it: command-service killed between the broker's acknowledgement and the commit of
 * the publisher's position published the last events a second time. The publisher now reads back the end of the
 * topic when it starts and after a failed batch, and does not send again what is there: each stored event is on
 * the topic once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishedOnceIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublisherThatLostItsPosition_sendsNothingTwice() {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String before = http.propose();
        TopicRecords.of(stack.topic(), before, 3);

        PublisherPosition.lose(processing, tokens);
        // Published after whatever the restarted publisher sent again: once it is there, all of that is too.
        String after = http.propose();
        TopicRecords.of(stack.topic(), after, 3);

        assertThat(copiesById(TopicRecords.of(stack.topic(), before, 3))).as("records of the earlier partnership")
                .containsOnlyKeys(storedEventIds(before))
                .allSatisfy((id, copies) -> assertThat(copies).as(id).isEqualTo(1L));
        assertThat(copiesById(TopicRecords.of(stack.topic(), after, 3))).as("records of the later one")
                .containsOnlyKeys(storedEventIds(after))
                .allSatisfy((id, copies) -> assertThat(copies).as(id).isEqualTo(1L));
    }

    @Test
    void eventsStoredButNotYetPublished_showAsThePublicationLag_untilTheyAre() {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        await().atMost(Duration.ofSeconds(30)).until(() -> publicationLag() == 0);

        PublisherPosition.stopped(processing, () -> {
            http.propose();
            assertThat(publicationLag()).as("three events stored, none published").isEqualTo(3);
        });

        await().atMost(Duration.ofSeconds(30)).until(() -> publicationLag() == 0);
    }

    /** As {@code ./entente status} reads it: the health endpoint's figure, without a token. */
    private long publicationLag() {
        JsonNode health = read(rest.getForEntity("/actuator/health/publication", String.class).getBody());
        assertThat(health.path("status").asText()).as(health.toString()).isEqualTo("UP");
        return health.at("/details/publicationLag").asLong(-1);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(body, e);
        }
    }

    /** What the event store holds: the records must be these, each once. */
    private List<String> storedEventIds(String partnershipId) {
        List<String> ids = jdbc.queryForList("SELECT eventIdentifier FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", String.class, partnershipId);
        assertThat(ids).as("events stored for " + partnershipId).hasSize(3);
        return ids;
    }

    private static Map<String, Long> copiesById(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> record.headers().lastHeader("ce_id")).map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
