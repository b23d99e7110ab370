package org.entente.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail and the history, fed by real records on a real topic, including re-delivered ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditAndHistoryIT {

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
    JdbcTemplate jdbc;

    @Test
    void aReDeliveredEvent_isLoggedAndHandledOnce() {
        UUID id = proposed();

        PublishedEvents.republish(stack.topic(), id);
        PublishedEvents.publishInvitation(stack.topic(), id, 3, "ville-de-metz");
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(id) == 4);

        assertThat(jdbc.queryForList("SELECT sequence FROM partnership_event WHERE partnership_id = ? "
                + "ORDER BY sequence", Long.class, id)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void theAuditTrail_asJson_carriesEveryEventWithItsMetadata() throws Exception {
        UUID id = proposed();

        JsonNode events = json.readTree(get("/audit/partnerships/" + id + "/events", auditor(), null).getBody());

        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("type").asText()).isEqualTo("org.entente.partnership.PartnershipProposed.v1");
        assertThat(events.get(0).get("actorInstitution").asText()).isEqualTo("ccas-metz");
        assertThat(events.get(0).at("/data/title").asText()).isEqualTo("Contrat Enfance Jeunesse Metz-Nord");
        assertThat(events.findValuesAsText("sequence")).containsExactly("0", "1", "2");
    }

    @Test
    void theAuditTrail_asJsonLines_andAsCsv() {
        UUID id = proposed();

        ResponseEntity<String> lines = get("/audit/partnerships/" + id + "/events", auditor(), "application/jsonl");
        ResponseEntity<String> csv = get("/audit/partnerships/" + id + "/events?format=csv", auditor(), null);

        assertThat(lines.getHeaders().getContentType().toString()).startsWith("application/jsonl");
        assertThat(lines.getBody().split("\n")).hasSize(3);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> rows = List.of(csv.getBody().split("\r\n"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("event_id,partnership_id,sequence,type");
        assertThat(rows.get(1)).contains(",0,org.entente.partnership.PartnershipProposed.v1,");
    }

    @Test
    void anUnknownFormat_orABadWordForErasedValues_400() throws Exception {
        UUID id = proposed();

        ResponseEntity<String> response = get("/audit/partnerships/" + id + "/events?format=xml", auditor(), null);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).get("code").asText()).isEqualTo("invalid-format");
        for (String erased : List.of("", "x".repeat(41))) {
            ResponseEntity<String> refused = get("/audit/partnerships/" + id + "/events?erased=" + erased, auditor(),
                    null);
            assertThat(refused.getStatusCode().value()).as(erased).isEqualTo(400);
            assertThat(json.readTree(refused.getBody()).get("code").asText()).isEqualTo("invalid-erased");
        }
    }

    @Test
    void theHistory_tellsEachStep_withWhoActedAndWhy() throws Exception {
        UUID id = proposed();

        JsonNode history = json.readTree(get("/partnerships/" + id + "/history",
                TestTokens.token("caf-57", "partner"), null).getBody());

        assertThat(history.get("total").asLong()).isEqualTo(3);
        assertThat(history.get("steps").findValuesAsText("step"))
                .containsExactly("PartnershipProposed", "PartnerInvited", "PartnerInvited");
        assertThat(history.at("/steps/1/details/role").asText()).isEqualTo("FUNDER");
        assertThat(history.at("/steps/0/institution").asText()).isEqualTo("ccas-metz");
    }

    @Test
    void everyVersionOfTheTerms_andTheirClauseLevelDiff() throws Exception {
        UUID id = proposed();
        PublishedEvents.publishCounterProposal(stack.topic(), id, 3, 2, new java.math.BigDecimal("150000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(id) == 4);
        String partner = TestTokens.token("caf-57", "partner");

        JsonNode first = json.readTree(get("/partnerships/" + id + "/terms/1", partner, null).getBody());
        JsonNode second = json.readTree(get("/partnerships/" + id + "/terms/2", partner, null).getBody());
        JsonNode diff = json.readTree(get("/partnerships/" + id + "/terms/diff?from=1&to=2", partner, null).getBody());

        assertThat(first.at("/terms/contributions/0/amountEur").decimalValue()).isEqualByComparingTo("180000");
        assertThat(second.get("rationale").asText()).isEqualTo("The board cut the budget");
        assertThat(second.get("proposedBy").asText()).isEqualTo("caf-57");
        assertThat(diff.get("changes")).hasSize(1);
        assertThat(diff.at("/changes/0/kind").asText()).isEqualTo("CHANGED");
        assertThat(diff.at("/changes/0/text").asText()).contains("amountEur from 180000").contains("to 150000");
        assertThat(get("/partnerships/" + id + "/terms/7", partner, null).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theStateAsOfAVersionOrAnInstant_isFoldedByTheLiveViewsOwnCode() throws Exception {
        UUID id = proposed();
        Instant beforeCounter = Instant.now();
        PublishedEvents.publishCounterProposal(stack.topic(), id, 3, 2, new java.math.BigDecimal("150000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(id) == 4);
        String partner = TestTokens.token("caf-57", "partner");

        JsonNode atTwo = json.readTree(get("/partnerships/" + id + "/state?version=2", partner, null).getBody());
        JsonNode atInstant = json.readTree(get("/partnerships/" + id + "/state?asOf=" + beforeCounter, partner, null)
                .getBody());
        JsonNode latest = json.readTree(get("/partnerships/" + id + "/state?version=3", partner, null).getBody());
        JsonNode live = json.readTree(get("/partnerships/" + id, partner, null).getBody());

        assertThat(atTwo.get("version").asLong()).isEqualTo(2);
        assertThat(atTwo.at("/terms/version").asInt()).isEqualTo(1);
        assertThat(atTwo.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(atInstant).isEqualTo(atTwo);
        assertThat(latest.at("/terms/version").asInt()).isEqualTo(2);
        assertThat(latest.get("status").asText()).isEqualTo("NEGOTIATING");
        assertThat(latest).isEqualTo(live);
    }

    /**
     * An imported convention, proposed on 10 January 2023 and countered today: the history and the audit trail show
     * both times of each step, and the state reads on either axis.
     */
    @Test
    void anImportedConvention_showsBothDates_andReadsAsOfEitherAxis() throws Exception {
        UUID id = UUID.randomUUID();
        PublishedEvents.send(PublishedEvents.dated(PublishedEvents.proposalRecords(stack.topic(), id), "2023-01-10"));
        PublishedEvents.publishCounterProposal(stack.topic(), id, 3, 2, new java.math.BigDecimal("150000"));
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(id) == 4);
        String partner = TestTokens.token("caf-57", "partner");

        JsonNode history = json.readTree(get("/partnerships/" + id + "/history", partner, null).getBody());
        assertThat(history.get("steps").findValuesAsText("effectiveDate").subList(0, 3)).containsOnly("2023-01-10");
        assertThat(history.at("/steps/3").has("effectiveDate")).as("a step of today names no other day").isFalse();
        assertThat(history.at("/steps/0/at").asText()).startsWith(java.time.Year.now().toString());
        JsonNode audit = json.readTree(get("/audit/partnerships/" + id + "/events", auditor(), null).getBody());
        assertThat(audit.get(0).get("effectiveDate").asText()).isEqualTo("2023-01-10");
        assertThat(audit.get(3).path("effectiveDate").textValue()).isNull();
        // The effective date, then the personal values, none here: the test's events name no one by a commitment.
        assertThat(get("/audit/partnerships/" + id + "/events?format=csv", auditor(), null).getBody().split("\r\n")[1])
                .endsWith(",2023-01-10,");

        assertThat(get("/partnerships/" + id + "/state?effectiveAsOf=2023-01-09", partner, null).getStatusCode()
                .value()).isEqualTo(404);
        JsonNode in2023 = json.readTree(get("/partnerships/" + id + "/state?effectiveAsOf=2023-12-31", partner, null)
                .getBody());
        assertThat(in2023.get("version").asLong()).isEqualTo(2);
        assertThat(in2023.at("/terms/version").asInt()).isEqualTo(1);
        JsonNode today = json.readTree(get("/partnerships/" + id + "/state?effectiveAsOf="
                + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(1), partner, null).getBody());
        assertThat(today.get("version").asLong()).isEqualTo(3);
        assertThat(json.readTree(get("/partnerships/" + id + "/state?asOf=" + Instant.now() + "&effectiveAsOf="
                + "2023-12-31", partner, null).getBody()).get("code").asText()).isEqualTo("as-of-or-version");
    }

    @Test
    void aStateBeforeTheFirstEvent_404_andAmbiguousParameters_400() throws Exception {
        UUID id = proposed();
        String partner = TestTokens.token("caf-57", "partner");

        assertThat(get("/partnerships/" + id + "/state?asOf=2000-01-01T00:00:00Z", partner, null).getStatusCode()
                .value()).isEqualTo(404);
        assertThat(json.readTree(get("/partnerships/" + id + "/state", partner, null).getBody()).get("code").asText())
                .isEqualTo("as-of-or-version");
        assertThat(get("/partnerships/" + id + "/state?version=1&asOf=2030-01-01T00:00:00Z", partner, null)
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void neitherTheAuditTrailNorTheHistory_areShownToAnotherInstitution() {
        UUID id = proposed();
        String stranger = TestTokens.token("other-town", "partner");

        assertThat(get("/audit/partnerships/" + id + "/events", stranger, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(get("/partnerships/" + id + "/history", stranger, null).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/partnerships/" + id + "/terms/1", stranger, null).getStatusCode().value()).isEqualTo(404);
        assertThat(get("/partnerships/" + id + "/state?version=0", stranger, null).getStatusCode().value())
                .isEqualTo(404);
        assertThat(get("/partnerships/" + id + "/history", TestTokens.token("ccas-metz", "reporter"), null)
                .getStatusCode().value()).isEqualTo(404);
    }

    private UUID proposed() {
        UUID id = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), id);
        await().atMost(Duration.ofSeconds(30)).until(() -> logged(id) == 3);
        return id;
    }

    private long logged(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class, id);
    }

    private static String auditor() {
        return TestTokens.token("cour-des-comptes", "auditor");
    }

    private ResponseEntity<String> get(String path, String token, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        if (accept != null) {
            headers.setAccept(List.of(MediaType.parseMediaType(accept)));
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
