package org.entente.query.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.TestTokens;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipType;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsIT {

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
    void theSummary_countsActivatesAndRates_overWhatTheCallerMaySee_durationsOnTheEffectiveAxis() throws Exception {
        // An imported convention, proposed on 10 January 2023 and in force from 14 March: 63 days on the effective
        // axis, though all of it was recorded within a second.
        UUID active = UUID.randomUUID();
        PublishedEvents.send(PublishedEvents.dated(PublishedEvents.proposalRecords(stack.topic(), active),
                "2023-01-10"));
        long activation = PublishedEvents.publishAgreedAndSigned(stack.topic(), active, 3, "ccas-metz");
        PublishedEvents.send(PublishedEvents.dated(List.of(PublishedEvents.cloudEvent(stack.topic(), activation,
                new PartnershipActivated(active, 1, LocalDate.of(2023, 4, 1), Instant.now()))), "2023-03-14"));
        PublishedEvents.publish(stack.topic(), activation + 1, new EvaluationRecorded(active, UUID.randomUUID(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new EvaluationRecorded.Measurement("places", BigDecimal.TEN)), "Works", 4, List.of(),
                "ccas-metz", Instant.now()));
        UUID other = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), other, "Fonds", PartnershipType.FINANCIAL, "57672",
                "ville-de-thionville");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM partnership_event", Long.class) == activation + 2 + 3);

        JsonNode all = summary(TestTokens.token("insee", "reporter"));
        JsonNode metz = summary(TestTokens.token("ccas-metz", "partner"));
        JsonNode nobody = summary(TestTokens.token("other-town", "partner"));

        assertThat(all.get("partnerships").asLong()).isEqualTo(2);
        assertThat(all.get("byStatus").findValuesAsText("key")).containsExactly("ACTIVE", "PROPOSED");
        assertThat(all.get("byType").findValuesAsText("key")).containsExactly("FINANCIAL", "PROJECT");
        assertThat(all.get("medianDaysFromProposalToActivation").asDouble()).isEqualTo(63.0);
        assertThat(all.at("/evaluationRatings/0/averageRating").decimalValue()).isEqualByComparingTo("4");
        assertThat(metz.get("partnerships").asLong()).isEqualTo(1);
        assertThat(nobody.get("partnerships").asLong()).isZero();
        assertThat(nobody.get("evaluationRatings")).isEmpty();
    }

    private JsonNode summary(String token) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return json.readTree(http.exchange("/reports/summary", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody());
    }
}
