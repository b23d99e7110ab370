package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposePartnershipIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void proposing_answers201_withLocationAndVersionETag_andStoresTheEvents() throws Exception {
        ResponseEntity<String> response = propose(TestTokens.token("ccas-metz", "partner"),
                Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String id = body.get("partnershipId").asText();
        // PartnershipProposed then two PartnerInvited: sequence numbers 0, 1, 2.
        assertThat(response.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(response.getHeaders().getLocation()).hasToString("http://localhost:8082/partnerships/" + id);
        assertThat(storedEventTypes(id)).containsExactly(
                "org.entente.events.PartnershipEvent$PartnershipProposed",
                "org.entente.events.PartnershipEvent$PartnerInvited",
                "org.entente.events.PartnershipEvent$PartnerInvited");
    }

    @Test
    void everyPublishedRecord_isKeyedByThePartnershipId() {
        String id = proposedId();

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of(stack.topic(), id, 3);

        assertThat(records).hasSize(3).allSatisfy(record -> assertThat(record.key()).isEqualTo(id));
        assertThat(records.stream().map(ConsumerRecord::partition).distinct()).hasSize(1);
        // One partition, and offsets in the order of the partnership's sequence numbers.
        assertThat(records.stream().map(record -> new String(record.headers().lastHeader("ce_sequence").value(),
                StandardCharsets.UTF_8)).toList()).containsExactly("0", "1", "2");
    }

    @Test
    void theService_declaredItsTopic_partitioned_andKeptForever() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, stack.topic());

            assertThat(admin.describeTopics(List.of(stack.topic())).allTopicNames().get().get(stack.topic())
                    .partitions()).hasSize(6);
            assertThat(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
        }
    }

    @Test
    void theStoredEvents_recordWhoActed() {
        String id = proposedId();

        String metaData = jdbc.queryForObject(
                "SELECT convert_from(metaData, 'UTF8') FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                        + "AND sequenceNumber = 0", String.class, id);

        assertThat(metaData).contains("\"actorInstitution\":\"ccas-metz\"", "correlationId", "\"envelope\":\"2\"")
                .doesNotContain("user-ccas-metz");
        // Who acted is kept as the text of a commitment; the vault knows whose it is.
        String actorId = metaData.replaceAll(".*\"actorId\":\"sha256:([0-9a-f]{64})\".*", "$1");
        assertThat(jdbc.queryForObject("SELECT person_id || ' ' || field FROM vault_value WHERE commitment = ?",
                String.class, actorId)).isEqualTo("user-ccas-metz actor.id");
    }

    @Test
    void theEventStore_refusesToChangeARecordedEvent() {
        String id = proposedId();
        // The tree's nodes are built after the commit: a DELETE of no row would fire no row trigger.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM ledger_node", Long.class) > 0);

        for (String change : List.of(
                "DELETE FROM DomainEventEntry WHERE aggregateIdentifier = '" + id + "'",
                "UPDATE DomainEventEntry SET payload = payload WHERE aggregateIdentifier = '" + id + "'",
                "TRUNCATE DomainEventEntry",
                "DELETE FROM ledger_leaf", "UPDATE ledger_leaf SET chain_hash = chain_hash", "TRUNCATE ledger_leaf",
                "DELETE FROM ledger_node", "UPDATE ledger_node SET hash = hash", "TRUNCATE ledger_node",
                "TRUNCATE ledger_leaf, ledger_node, DomainEventEntry CASCADE")) {
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> jdbc.execute(change)))
                    .as(change).hasMessageContaining("append-only");
        }
        assertThat(storedEventTypes(id)).hasSize(3);
    }

    private String proposedId() {
        ResponseEntity<String> response = propose(TestTokens.token("ccas-metz", "partner"),
                Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try {
            return json.readTree(response.getBody()).get("partnershipId").asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private ResponseEntity<String> propose(String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/partnerships", new HttpEntity<>(body, headers), String.class);
    }

    private List<String> storedEventTypes(String id) {
        return jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", String.class, id);
    }
}
