package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.TestStack;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Issue 11, requirement 5: an institution at ten times its quota gets 429 problem+json with Retry-After for the
 * excess and stores nothing for it; another institution is unaffected; and a refused request's Idempotency-Key is
 * not spent, so the same request is handled once the quota allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitIT {

    private static final int QUOTA = 5;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
        registry.add("entente.rate-limit.per-minute", () -> QUOTA);
        registry.add("entente.rate-limit.burst", () -> QUOTA);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstitutionAtTenTimesItsQuota_gets429ForTheExcess_andAnotherIsUnaffected() {
        List<ResponseEntity<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10 * QUOTA; i++) {
            answers.add(propose(CCAS, null));
        }
        List<ResponseEntity<String>> accepted = answers.stream().filter(a -> a.getStatusCode().value() == 201).toList();
        List<ResponseEntity<String>> limited = answers.stream().filter(a -> a.getStatusCode().value() == 429).toList();
        // The bucket refills at 5 a minute: one more may slip in while the test runs.
        assertThat(accepted.size()).isBetween(QUOTA, QUOTA + 1);
        assertThat(limited).hasSize(answers.size() - accepted.size());
        for (ResponseEntity<String> refused : limited) {
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(refused.getBody()).contains("\"code\":\"rate-limited\"");
            assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregateidentifier) FROM domainevententry WHERE "
                + "convert_from(metadata, 'UTF8') LIKE '%\"actorInstitution\":\"ccas-metz\"%'", Long.class))
                .isEqualTo(accepted.size());

        for (String other : new String[]{CAF, LIGUE}) {
            assertThat(propose(other, null).getStatusCode().value()).isEqualTo(201);
        }
    }

    @Test
    void aRefusedRequestsIdempotencyKey_isNotSpent() {
        String institution = "ville-de-metz";
        // Spend the quota: it is QUOTA, so a few more than that must meet the limit, or the limit does not hold.
        int proposals = 0;
        while (propose(institution, null).getStatusCode().value() == 201) {
            assertThat(++proposals).as("proposals accepted before the first 429 (the quota is %d)", QUOTA)
                    .isLessThanOrEqualTo(QUOTA + 1);
        }
        ResponseEntity<String> refused = propose(institution, "rate-limit-key-1");
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE key = 'rate-limit-key-1'",
                Long.class)).isZero();
    }

    private ResponseEntity<String> propose(String institution, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token(institution, "partner"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        List<String> others = new ArrayList<>(List.of(CCAS, CAF, LIGUE));
        others.remove(institution);
        return rest.postForEntity("/partnerships", new HttpEntity<>(Proposals.enfanceJeunesse(institution,
                others.get(0), others.get(1)), headers), String.class);
    }
}
