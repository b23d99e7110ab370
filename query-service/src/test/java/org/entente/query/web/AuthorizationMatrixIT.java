package org.entente.query.web;

import org.entente.devstack.TestTokens;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every read endpoint for every kind of caller (DESIGN §6): partners and signatories of the partnership read it;
 * another institution finds nothing, exactly as for an unknown id; auditors read everything; reporters and
 * operators see reports only; operations on the read models are the admin's alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final UUID ID = UUID.randomUUID();
    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void partnership() {
        PublishedEvents.publishProposal(stack.topic(), ID);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class, ID) == 3);
    }

    static Stream<Arguments> matrix() {
        String p = "/partnerships/" + ID;
        List<String> ofThePartnership = List.of(p, p + "/history", p + "/terms/1", p + "/terms/diff?from=1&to=1",
                p + "/state?version=2", "/audit/partnerships/" + ID + "/events");
        List<Arguments> cases = new ArrayList<>();
        for (String path : ofThePartnership) {
            cases.add(Arguments.of(path, "lead partner", TestTokens.token("ccas-metz", "partner"), 200));
            cases.add(Arguments.of(path, "invited signatory", TestTokens.token("caf-57", "signatory"), 200));
            cases.add(Arguments.of(path, "another institution", TestTokens.token("other-town", "partner"), 404));
            cases.add(Arguments.of(path, "auditor", TestTokens.token("cour-des-comptes", "auditor"), 200));
            cases.add(Arguments.of(path, "reporter of a party", TestTokens.token("ccas-metz", "reporter"), 404));
            cases.add(Arguments.of(path, "admin", TestTokens.token("ops", "admin"), 404));
        }
        for (String path : List.of("/partnerships", "/feed")) {
            cases.add(Arguments.of(path, "reporter", TestTokens.token("insee", "reporter"), 403));
            cases.add(Arguments.of(path, "admin", TestTokens.token("ops", "admin"), 403));
        }
        cases.add(Arguments.of("/partnerships", "another institution", TestTokens.token("other-town", "partner"), 200));
        for (String role : List.of("partner", "auditor", "reporter")) {
            cases.add(Arguments.of("/reports/summary", role, TestTokens.token("ccas-metz", role), 200));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} GET {0} -> {3}")
    @MethodSource("matrix")
    void eachCaller_getsWhatTheirRolesAllow(String path, String who, String token, int status) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);

        assertThat(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode()
                .value()).as(who + " GET " + path).isEqualTo(status);
    }

    static Stream<Arguments> operations() {
        List<Arguments> cases = new ArrayList<>();
        List<List<String>> operations = List.of(List.of("GET", "/admin/parked-events"),
                List.of("GET", "/admin/parked-events/987654"), List.of("POST", "/admin/parked-events/987654/retry"),
                List.of("GET", "/admin/replays"), List.of("GET", "/admin/replays/987654"),
                List.of("POST", "/admin/replays"));
        for (List<String> operation : operations) {
            for (String role : List.of("partner", "signatory", "auditor", "reporter")) {
                cases.add(Arguments.of(operation.get(0), operation.get(1), role,
                        TestTokens.token("ccas-metz", role), 403));
            }
        }
        // The admin passes; what is asked for may still not exist.
        cases.add(Arguments.of("GET", "/admin/parked-events", "admin", TestTokens.token("ops", "admin"), 200));
        cases.add(Arguments.of("GET", "/admin/parked-events/987654", "admin", TestTokens.token("ops", "admin"), 404));
        cases.add(Arguments.of("POST", "/admin/parked-events/987654/retry", "admin", TestTokens.token("ops", "admin"),
                404));
        cases.add(Arguments.of("GET", "/admin/replays", "admin", TestTokens.token("ops", "admin"), 200));
        cases.add(Arguments.of("GET", "/admin/replays/987654", "admin", TestTokens.token("ops", "admin"), 404));
        return cases.stream();
    }

    /** Replays and retries change what everyone reads: the admin alone runs them; an auditor changes nothing. */
    @ParameterizedTest(name = "{2} {0} {1} -> {4}")
    @MethodSource("operations")
    void operations_areTheAdminsAlone(String method, String path, String who, String token, int status) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);

        assertThat(http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(headers), String.class)
                .getStatusCode().value()).as(who + " " + method + " " + path).isEqualTo(status);
    }
}
