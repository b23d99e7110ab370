package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.entente.command.PublisherPosition;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.devstack.Directories;
import org.entente.devstack.KafkaServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At least once, beyond a crash: while the broker is away the service goes on accepting commands and storing their
 * events, the publisher's batch fails and is sent again, and once the broker is back every stored event reaches the
 * topic, once (what the producer delivered late is not sent a second time), in the order of each partnership. The
 * broker is the test's own, on a directory that survives its stop, so that it comes back as the same broker with
 * the same records; the shared one serves the other test classes.
 */
@ExtendWith(BrokerAwayIT.OwnBroker.class) // before @SpringBootTest: the broker ends after the class's context
// Two seconds of patience: the publisher's batch fails while the broker is away, as it would after 30 s by default.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "entente.publishing.broker-patience=2s")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BrokerAwayIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry, OwnBroker.server.bootstrapServers());
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void eventsStoredWhileTheBrokerIsAway_reachTheTopicOnce_inOrder_whenItIsBack() {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String before = http.propose();
        assertOnTheTopicOnceInOrder(before);

        OwnBroker.stop();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            during.add(http.propose());
        }
        String accepted = during.get(0);
        for (String partner : List.of(LifecycleHttp.CAF, LifecycleHttp.LIGUE)) {
            assertThat(http.post(partner, "/partnerships/" + accepted + "/acceptance", null, null).getStatusCode()
                    .is2xxSuccessful()).as(partner + " accepts while the broker is away").isTrue();
        }
        long storedMeanwhile = during.stream().mapToLong(this::storedEvents).sum();
        assertThat(publicationLag()).as("every event stored meanwhile, none acknowledged by an absent broker")
                .isEqualTo(storedMeanwhile).isGreaterThanOrEqualTo(11);
        await().atMost(Duration.ofSeconds(30)).alias("the publisher's batch failed for want of a broker")
                .until(() -> publisher().processingStatus().values().stream()
                        .anyMatch(EventTrackerStatus::isErrorState));

        OwnBroker.startAgain();
        // Every stored event acknowledged: the failed batch is sent again after the processor's back-off (1 s,
        // doubling up to a minute), and whatever the producer delivered late is on the topic by then too.
        await().atMost(Duration.ofSeconds(90)).alias("the publication lag back to 0")
                .until(() -> publicationLag() == 0);
        during.forEach(this::assertOnTheTopicOnceInOrder);
        assertOnTheTopicOnceInOrder(before);
    }

    /** The partnership's records are its stored events: each once, in the order of their sequence numbers. */
    private void assertOnTheTopicOnceInOrder(String partnershipId) {
        List<String> stored = jdbc.queryForList("SELECT eventIdentifier FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = ? ORDER BY sequenceNumber", String.class, partnershipId);
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of(OwnBroker.server.bootstrapServers(),
                stack.topic(), partnershipId, stored.size());
        assertThat(records).as("records of " + partnershipId).extracting(BrokerAwayIT::eventId)
                .containsExactlyElementsOf(stored);
    }

    private TrackingEventProcessor publisher() {
        return processing.eventProcessor(PublisherPosition.PUBLISHER, TrackingEventProcessor.class).orElseThrow();
    }

    private long storedEvents(String partnershipId) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                partnershipId);
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        return new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8);
    }

    private long publicationLag() {
        try {
            JsonNode health = json.readTree(rest.getForEntity("/actuator/health/publication", String.class)
                    .getBody());
            return health.at("/details/publicationLag").asLong(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The class's broker: started before its context is built, stopped after the context closed (a producer closed
     * without its broker waits for it), its directory deleted.
     */
    static final class OwnBroker implements BeforeAllCallback, AfterAllCallback {

        private static Path directory;
        private static KafkaServer server;
        private static int port;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            directory = Files.createTempDirectory("entente-broker-away-");
            server = KafkaServer.startPersistent(directory, 0);
            port = server.port();
        }

        static void stop() {
            server.close();
        }

        static void startAgain() {
            server = KafkaServer.startPersistent(directory, port);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            try {
                server.close();
            } finally {
                Directories.deleteTree(directory);
            }
        }
    }
}
