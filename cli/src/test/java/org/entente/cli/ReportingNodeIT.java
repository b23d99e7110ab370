package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Directories;
import org.entente.devstack.Http;
import org.entente.devstack.Topics;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 31, requirement 3: a subscriber outside the JVM, {@code examples/reporting-node}, written from the
 * published documents alone, agrees with query-service on a real installation holding the demo partnerships;
 * resumes without counting anything twice; and refuses what breaks the contract without stopping.
 */
@ResourceLock(SharedStack.LOCK)
class ReportingNodeIT {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Stack stack;
    private static Path scratch;

    @BeforeAll
    static void theDemoPartnerships() throws Exception {
        stack = SharedStack.get();
        SharedStack.seeds();
        scratch = Files.createTempDirectory("reporting-node-");
        Directories.deleteTreeAtExit(scratch, () -> { });
    }

    @Test
    void itsSummary_equalsTheQuerySidesReport_andARestartCountsNothingTwice() throws Exception {
        NodeSubscriber subscriber = subscriber(stack.settings().topic());

        JsonNode first = subscriber.catchUp().summary();
        assertSameFigures(first);
        JsonNode again = subscriber.catchUp().summary();
        assertThat(again).as("a second run on the same store").isEqualTo(first);

        String proposed = JSON.readTree(propose().body()).get("partnershipId").asText();
        JsonNode after = subscriber.catchUp().summary();
        assertThat(after.get("partnerships").asLong()).isEqualTo(first.get("partnerships").asLong() + 1);
        assertThat(after.at("/events/applied").asLong()).as("only the new events are applied")
                .isEqualTo(first.at("/events/applied").asLong() + eventsOf(proposed));
        assertThat(after.at("/events/duplicates").asLong()).isZero();
        assertSameFigures(after);
    }

    /** A record that is not a CloudEvent, of an unknown type or with invalid data is refused; the rest goes on. */
    @Test
    void recordsThatBreakTheContract_areRefusedCountedAndLogged_andTheNextOnesApplied() throws Exception {
        String topic = "reporting-node-bad-" + UUID.randomUUID();
        Topics.createKeptForever(stack.bootstrapServers(), topic, 1);
        ConsumerRecord<byte[], byte[]> proposal = firstRecord(stack.settings().topic());
        send(topic, List.of(
                new ProducerRecord<>(topic, proposal.key(), "not a cloud event".getBytes(StandardCharsets.UTF_8)),
                withType(topic, proposal, "org.entente.partnership.PartnershipProposed.v9", proposal.value()),
                withType(topic, proposal, "org.entente.partnership.PartnershipProposed.v1",
                        "{\"partnershipId\":\"not-a-uuid\"}".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(topic, null, proposal.key(), proposal.value(), proposal.headers())));

        NodeSubscriber.Run run = subscriber(topic).catchUp();

        assertThat(run.summary().at("/events/refused")).isEqualTo(JSON.readTree(
                "{\"not-a-cloudevent\":1,\"unknown-type\":1,\"invalid-data\":1}"));
        assertThat(run.summary().get("partnerships").asLong()).as("the proposal after them").isEqualTo(1);
        assertThat(run.log()).contains("refused " + topic + "/0@0: not-a-cloudevent")
                .contains("refused " + topic + "/0@1: unknown-type").contains("refused " + topic + "/0@2: invalid-data");
    }

    private static NodeSubscriber subscriber(String topic) throws Exception {
        return new NodeSubscriber(stack.bootstrapServers(), topic, "reporting-node-" + UUID.randomUUID(),
                Files.createTempDirectory(scratch, "store-").resolve("store.json"));
    }

    /** The Node summary's counts are query-service's, once query-service has read as far (it may lag a moment). */
    private static void assertSameFigures(JsonNode node) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode report = JSON.readTree(get(stack.queryService().resolve("/reports/summary")).body());
            assertThat(node.get("partnerships").asLong()).isEqualTo(report.get("partnerships").asLong());
            for (String counts : List.of("byStatus", "byType", "byTerritory")) {
                assertThat(counts(node.get(counts))).as(counts).isEqualTo(counts(report.get(counts)));
            }
        });
    }

    private static Map<String, Long> counts(JsonNode list) {
        Map<String, Long> counts = new TreeMap<>();
        list.forEach(count -> counts.put(count.get("key").asText(), count.get("partnerships").asLong()));
        return counts;
    }

    private static long eventsOf(String partnershipId) throws Exception {
        return JSON.readTree(get(stack.queryService().resolve("/partnerships/" + partnershipId)).body())
                .get("version").asLong() + 1;
    }

    private static ProducerRecord<byte[], byte[]> withType(String topic, ConsumerRecord<byte[], byte[]> original,
                                                          String type, byte[] value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, original.key(), value,
                original.headers());
        record.headers().remove("ce_type").add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ConsumerRecord<byte[], byte[]> firstRecord(String topic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "reporting-node-it-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.headers().lastHeader("ce_sequence") != null && "0".equals(new String(
                            record.headers().lastHeader("ce_sequence").value(), StandardCharsets.UTF_8))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No proposal on " + topic + " within 30 s");
    }

    private static void send(String topic, List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> record : records) {
                producer.send(record).get();
            }
        }
    }

    private static HttpResponse<String> propose() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.commandService().resolve("/partnerships"))
                .header("Authorization", "Bearer " + token("ccas-metz", "partner", "signatory"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of(
                        "../seeds/cej-metz-nord/01-propose.json")))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer "
                + token("insee", "reporter", "auditor")).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String institution, String... roles) {
        return stack.signingKey().mint(TokenClaims.of("it-" + institution, "IT " + institution, institution,
                List.of(roles)), Duration.ofMinutes(10));
    }
}
