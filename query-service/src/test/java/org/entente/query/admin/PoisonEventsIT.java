package org.entente.query.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.entente.devstack.TestTokens;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Poison events (DESIGN §2, guarantee 5), on a real topic: a record the read side cannot apply parks its own
 * partnership's sequence and nothing else, and is applied, in order, by a retry once its cause is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoisonEventsIT {

    private static final String ADMIN = TestTokens.token("entente-ops", "admin");
    private static final String LEAD = TestTokens.token("ccas-metz", "partner");

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aRecordOfAnUnknownType_parksItsPartnership_whileOthersKeepFlowing() throws Exception {
        UUID poisoned = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), poisoned);
        ProducerRecord<String, byte[]> newer = withHeader(
                PublishedEvents.cloudEvent(stack.topic(), 3, invitation(poisoned, "ville-de-metz")),
                "ce_type", "org.entente.partnership.PartnerInvited.v2");
        PublishedEvents.send(List.of(newer,
                PublishedEvents.cloudEvent(stack.topic(), 4, invitation(poisoned, "ville-de-woippy"))));
        PublishedEvents.publishProposal(stack.topic(), healthy);
        PublishedEvents.publishInvitation(stack.topic(), healthy, 3, "ville-de-metz");

        await().atMost(Duration.ofSeconds(30)).until(() -> version(healthy) == 3 && parked(poisoned).size() == 2);
        assertThat(version(poisoned)).isEqualTo(2);
        List<JsonNode> parked = parked(poisoned);
        assertThat(parked.get(0).get("sequence").asLong()).isEqualTo(3);
        assertThat(parked.get(0).get("cause").asText()).isEqualTo("FAILED");
        assertThat(parked.get(0).get("error").asText())
                .contains("org.entente.partnership.PartnerInvited.v2 is newer than this version of the contract");
        assertThat(parked.get(0).at("/record/headers/ce_id").asText()).isEqualTo(parked.get(0).get("eventId").asText());
        assertThat(parked.get(0).at("/record/value").asText()).contains("ville-de-metz");
        assertThat(parked.get(1).get("sequence").asLong()).isEqualTo(4);
        assertThat(parked.get(1).get("cause").asText()).isEqualTo("WAITING");
        assertThat(parked.get(1).get("error").asText())
                .isEqualTo("Waits behind parked event " + parked.get(0).get("id").asLong() + " of the same partnership");

        // Still unreadable: the retry keeps both parked, under the same ids, and counts the attempt.
        JsonNode retried = retry(parked.get(1).get("id").asLong());
        assertThat(retried.get("applied")).isEmpty();
        assertThat(retried.get("stillParked")).hasSize(2);
        assertThat(retried.get("error").asText()).contains("newer than this version of the contract");
        List<JsonNode> after = parked(poisoned);
        assertThat(after).extracting(node -> node.get("id").asLong())
                .containsExactly(parked.get(0).get("id").asLong(), parked.get(1).get("id").asLong());
        assertThat(after.get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(version(poisoned)).isEqualTo(2);
    }

    @Test
    void aRedeliveredParkedRecord_isParkedOnce() throws Exception {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, byte[]> malformed = new ProducerRecord<>(stack.topic(), null, id.toString(),
                "{not json".getBytes(StandardCharsets.UTF_8),
                PublishedEvents.cloudEvent(stack.topic(), 0, invitation(id, "caf-57")).headers());
        PublishedEvents.send(List.of(malformed, malformed));
        UUID next = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), next);

        await().atMost(Duration.ofSeconds(30)).until(() -> version(next) == 2 && parked(id).size() == 1);
        JsonNode parked = parked(id).get(0);
        assertThat(parked.get("error").asText()).startsWith("Data is not a valid PartnerInvited");
        assertThat(parked.at("/record/value").asText()).isEqualTo("{not json");
        JsonNode gauge = json.readTree(http.exchange("/actuator/metrics/entente.parked.events", HttpMethod.GET,
                bearer(ADMIN), String.class).getBody());
        assertThat(gauge.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRetry_appliesTheParkedRecordsInTheirOrder_onceTheirCauseIsGone() throws Exception {
        UUID id = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> proposal = PublishedEvents.proposalRecords(stack.topic(), id);
        // The invitations arrive before the proposal they belong to: the first cannot be applied, the second
        // waits behind it, and so does the proposal when it comes.
        PublishedEvents.send(List.of(proposal.get(1), proposal.get(2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(id).size() == 2);
        PublishedEvents.send(List.of(proposal.get(0)));
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(id).size() == 3);
        List<JsonNode> parked = parked(id);
        assertThat(parked).extracting(node -> node.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(parked).extracting(node -> node.get("cause").asText())
                .containsExactly("WAITING", "FAILED", "WAITING");
        assertThat(parked.get(1).get("error").asText()).contains("PartnerInvited of partnership " + id
                + " came before its proposal");
        assertThat(detail(id, LEAD).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode retried = retry(parked.get(2).get("id").asLong());

        assertThat(retried.get("applied")).extracting(JsonNode::asLong)
                .containsExactly(parked.get(0).get("id").asLong(), parked.get(1).get("id").asLong(),
                        parked.get(2).get("id").asLong());
        assertThat(retried.get("stillParked")).isEmpty();
        assertThat(parked(id)).isEmpty();
        assertThat(version(id)).isEqualTo(2);
        JsonNode history = json.readTree(http.exchange("/partnerships/" + id + "/history", HttpMethod.GET,
                bearer(LEAD), String.class).getBody());
        assertThat(history.get("steps").findValuesAsText("sequence")).containsExactly("0", "1", "2");

        // Unblocked: the partnership's next record flows as usual.
        PublishedEvents.publishInvitation(stack.topic(), id, 3, "ville-de-metz");
        await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 3);
    }

    @Test
    void aRecordWhoseFieldsCannotBeLogged_isParked_andTheConsumerGoesOn() throws Exception {
        UUID id = UUID.randomUUID();
        ProducerRecord<String, byte[]> overlong = withHeader(
                PublishedEvents.cloudEvent(stack.topic(), 0, invitation(id, "caf-57")), "ce_id", "x".repeat(80));
        ProducerRecord<String, byte[]> withNul = withHeader(
                PublishedEvents.cloudEvent(stack.topic(), 1, invitation(id, "caf-57")), "ce_actorid", "a\u0000b");
        PublishedEvents.send(List.of(overlong, withNul));
        UUID next = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), next);

        await().atMost(Duration.ofSeconds(30)).until(() -> version(next) == 2 && parked(id).size() == 2);
        assertThat(parked(id).get(0).get("error").asText()).isEqualTo("Header ce_id is longer than 64 characters");
        assertThat(parked(id).get(1).get("cause").asText()).isEqualTo("WAITING");
        assertThat(parked(id).get(1).at("/record/headers/ce_actorid").asText()).isEqualTo("a\uFFFDb");
    }

    @Test
    void aRetry_whileAReplayRuns_is409() throws Exception {
        long running = jdbc.queryForObject("INSERT INTO replay (status, requested_by, requested_at) "
                + "VALUES ('RUNNING', 'someone-else', now()) RETURNING id", Long.class);
        try {
            ResponseEntity<String> response = http.exchange("/admin/parked-events/1/retry", HttpMethod.POST,
                    bearer(ADMIN), String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(json.readTree(response.getBody()).get("code").asText()).isEqualTo("replay-running");
        } finally {
            jdbc.update("UPDATE replay SET status = 'FAILED' WHERE id = ?", running);
        }
    }

    @Test
    void retryingAnUnknownParkedEvent_is404() throws Exception {
        ResponseEntity<String> response = http.exchange("/admin/parked-events/987654321/retry", HttpMethod.POST,
                bearer(ADMIN), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("code").asText()).isEqualTo("not-found");
    }

    @Test
    void aPageOutOfBounds_is400() throws Exception {
        ResponseEntity<String> response = http.exchange("/admin/parked-events?size=0", HttpMethod.GET,
                bearer(ADMIN), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("code").asText()).isEqualTo("invalid-page");
    }

    private static org.entente.events.PartnershipEvent invitation(UUID id, String institution) {
        return new org.entente.events.PartnershipEvent.PartnerInvited(id, new org.entente.events.Institution(
                institution, institution, org.entente.events.Institution.Kind.LOCAL_AUTHORITY),
                org.entente.events.PartnerRole.ASSOCIATE, java.time.Instant.now());
    }

    private static ProducerRecord<String, byte[]> withHeader(ProducerRecord<String, byte[]> record, String name,
                                                             String value) {
        record.headers().remove(name).add(name, value.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private List<JsonNode> parked(UUID partnership) throws Exception {
        ResponseEntity<String> response = http.exchange("/admin/parked-events?partnershipId=" + partnership,
                HttpMethod.GET, bearer(ADMIN), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> items = new java.util.ArrayList<>();
        json.readTree(response.getBody()).get("items").forEach(items::add);
        return items;
    }

    private JsonNode retry(long parkedId) throws Exception {
        ResponseEntity<String> response = http.exchange("/admin/parked-events/" + parkedId + "/retry",
                HttpMethod.POST, bearer(ADMIN), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private long version(UUID id) throws Exception {
        ResponseEntity<String> response = detail(id, LEAD);
        return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()).get("version").asLong()
                : -1;
    }

    private ResponseEntity<String> detail(UUID id, String token) {
        return http.exchange("/partnerships/" + id, HttpMethod.GET, bearer(token), String.class);
    }

    private static HttpEntity<Void> bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return new HttpEntity<>(headers);
    }
}
