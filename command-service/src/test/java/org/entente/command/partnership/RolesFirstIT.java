package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.TestStack;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;

/**
 * Issue 11, requirement 4 (first half): a caller whose roles can never perform a command gets 403 whatever its
 * body — malformed, empty, of the wrong shape — with the refusal's stable code, and nothing is stored; a caller
 * who may perform it still learns what is wrong with its body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RolesFirstIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"{not json", "", "[]", "{\"title\": 42}", "{\"unknown\": true}"})
    void anAuditorOrAReporter_isRefusedBeforeTheBodyIsRead(String body) {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String id = UUID.randomUUID().toString();
        long stored = stored();
        for (String role : new String[]{"auditor", "reporter"}) {
            String token = TestTokens.token("cour-des-comptes", role);
            assertRefused(http.postAs(token, "/partnerships", body, null), "partner-role-required");
            assertRefused(http.postAs(token, "/partnerships/" + id + "/terms", body, "\"3\""), "partner-role-required");
            assertRefused(http.postAs(token, "/partnerships/" + id + "/signatures", body, "\"3\""),
                    "signatory-required");
        }
        assertThat(stored()).isEqualTo(stored);
    }

    /** Issue 11, requirement 4 (second half): a token missing a required claim gets 401, whatever it asks. */
    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"sub", "institution_id", "roles"})
    void aTokenMissingARequiredClaim_is401(String claim) {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        ResponseEntity<String> response = http.postAs(TestTokens.without(claim), "/partnerships", "{}", null);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(401);
        assertThat(response.getBody()).contains("\"code\":\"unauthenticated\"");
        assertThat(rest.exchange("/ledger/checkpoint", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(bearer(TestTokens.without(claim))), String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    private static org.springframework.http.HttpHeaders bearer(String token) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    @Test
    void aPartnerWithoutTheSignatoryRole_isRefusedSigning_beforeItsBodyIsRead() {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        assertRefused(http.postAs(TestTokens.token(CAF, "partner"), "/partnerships/" + UUID.randomUUID()
                + "/signatures", "{not json", "\"3\""), "signatory-required");
    }

    @Test
    void aPartner_stillLearnsWhatIsWrongWithItsBody() {
        ResponseEntity<String> malformed = new LifecycleHttp(rest, json).postAs(TestTokens.token(CAF, "partner"),
                "/partnerships", "{not json", null);
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    }

    private void assertRefused(ResponseEntity<String> response, String code) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).contains("\"code\":\"" + code + "\"").doesNotContain("\tat ");
    }

    private long stored() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
