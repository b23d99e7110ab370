package org.entente.query.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.TestTokens;
import org.entente.query.TestStack;
import org.junit.jupiter.api.Nested;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The detail endpoint, fed by events published on a real topic the way the command service publishes them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnershipDetailIT {

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
    void theLead_readsTheProposedPartnership_withItsPartnersAndTerms() throws Exception {
        UUID id = published();

        ResponseEntity<String> response = get(id, TestTokens.token("ccas-metz", "partner"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"2\"");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("title").asText()).isEqualTo("Contrat Enfance Jeunesse Metz-Nord");
        assertThat(body.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(body.at("/terms/hash").asText()).isEqualTo("sha256:test");
        assertThat(body.at("/terms/content/duration/start").asText()).isEqualTo("2026-01-01");
        assertThat(body.get("partners").findValuesAsText("institutionId"))
                .containsExactlyInAnyOrder("ccas-metz", "caf-57", "ligue-57");
    }

    @Test
    void anInvitedInstitution_readsIt_andSoDoesAnAuditor() {
        UUID id = published();

        assertThat(get(id, TestTokens.token("caf-57", "signatory")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(id, TestTokens.token("cour-des-comptes", "auditor")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theConsumerPosition_isKeptInTheQueryDatabase_besideTheReadModel() {
        published();

        String token = jdbc.queryForObject("SELECT convert_from(token, 'UTF8') FROM TokenEntry "
                + "WHERE processorName = 'portfolio'", String.class);

        // A KafkaTrackingToken: an offset per partition of our topic.
        assertThat(token).containsPattern("\"" + stack.topic() + "-[0-9]+\":[0-9]+");
    }

    @Test
    void reDeliveredEvents_changeNothing() throws Exception {
        UUID id = published();
        JsonNode before = json.readTree(get(id, TestTokens.token("ccas-metz", "partner")).getBody());

        PublishedEvents.republish(stack.topic(), id);
        // Same partnership, hence same partition: once it shows, every re-delivered record before it was handled.
        PublishedEvents.publishInvitation(stack.topic(), id, 3, "ville-de-metz");
        await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(
                get(id, TestTokens.token("ccas-metz", "partner")).getBody()).get("version").asLong() == 3);

        JsonNode after = json.readTree(get(id, TestTokens.token("ccas-metz", "partner")).getBody());
        assertThat(after.get("partners")).hasSize(4);
        assertThat(after.get("partners").findValuesAsText("institutionId"))
                .containsAll(before.get("partners").findValuesAsText("institutionId"));
        assertThat(after.get("terms")).isEqualTo(before.get("terms"));
        assertThat(after.get("proposedAt")).isEqualTo(before.get("proposedAt"));
    }

    @Nested
    class ToAnyoneElse {

        @Test
        void anotherInstitution_getsTheSame404_asForAPartnershipThatDoesNotExist() throws Exception {
            UUID id = published();

            ResponseEntity<String> notTheirs = get(id, TestTokens.token("other-town", "partner"));
            ResponseEntity<String> missing = get(UUID.randomUUID(), TestTokens.token("other-town", "partner"));

            assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(notTheirs.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(notTheirs.getBody()).get("code").asText()).isEqualTo("not-found");
            assertThat(json.readTree(missing.getBody()).get("code").asText()).isEqualTo("not-found");
        }

        @Test
        void aReporter_ofThePartnerInstitution_cannotReadTheDetail() {
            UUID id = published();

            assertThat(get(id, TestTokens.token("ccas-metz", "reporter")).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Nested
    class WithoutAValidToken {

        @Test
        void noToken_is401ProblemJson() throws Exception {
            ResponseEntity<String> response = http.getForEntity("/partnerships/" + UUID.randomUUID(), String.class);

            assertUnauthenticated(response);
        }

        @Test
        void aTokenSignedByAnUntrustedKey_is401() throws Exception {
            assertUnauthenticated(get(UUID.randomUUID(), TestTokens.signedByAStranger("ccas-metz")));
        }

        @Test
        void anExpiredToken_is401() throws Exception {
            assertUnauthenticated(get(UUID.randomUUID(), TestTokens.expired("ccas-metz")));
        }

        @Test
        void aTokenForAnotherAudienceOrIssuer_is401() throws Exception {
            assertUnauthenticated(get(UUID.randomUUID(), TestTokens.forAnotherAudience("ccas-metz")));
            assertUnauthenticated(get(UUID.randomUUID(), TestTokens.fromAnotherIssuer("ccas-metz")));
        }

        @Test
        void garbage_is401() throws Exception {
            assertUnauthenticated(get(UUID.randomUUID(), "not-a-jwt"));
        }

        private void assertUnauthenticated(ResponseEntity<String> response) throws Exception {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(response.getBody()).get("code").asText()).isEqualTo("unauthenticated");
        }
    }

    private UUID published() {
        UUID id = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), id);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<String> response = get(id, TestTokens.token("cour-des-comptes", "auditor"));
            return response.getStatusCode() == HttpStatus.OK && json.readTree(response.getBody()).get("version")
                    .asLong() == 2;
        });
        return id;
    }

    private ResponseEntity<String> get(UUID id, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/partnerships/" + id, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
