package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.TestStack;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
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

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried request returns its first outcome and appends nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyIT {

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

    private LifecycleHttp http;

    @BeforeEach
    void client() {
        http = new LifecycleHttp(rest, json);
    }

    @Test
    void aRetriedProposal_returnsTheFirstOutcome_andAppendsNothing() {
        String key = UUID.randomUUID().toString();
        long before = events();

        ResponseEntity<String> first = propose(key, Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57"));
        ResponseEntity<String> retry = propose(key, Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57"));

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(retry.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
        assertThat(retry.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(events() - before).isEqualTo(3);
    }

    @Test
    void concurrentDuplicates_areHandledOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = events();
        String body = Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<ResponseEntity<String>>> twice = List.of(() -> propose(key, body), () -> propose(key, body));

        List<String> bodies = pool.invokeAll(twice).stream().map(IdempotencyIT::get).map(ResponseEntity::getBody)
                .toList();
        pool.shutdown();

        assertThat(bodies.get(0)).isEqualTo(bodies.get(1));
        assertThat(events() - before).isEqualTo(3);
    }

    @Test
    void aRefusedRequest_isRefusedTheSameWay_onRetry() {
        String key = UUID.randomUUID().toString();
        String lonely = Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57")
                .replaceAll("(?s)\"invitations\": \\[.*?\\],", "\"invitations\": [],");
        long before = events();

        ResponseEntity<String> first = propose(key, lonely);
        ResponseEntity<String> retry = propose(key, lonely);

        assertThat(first.getStatusCode().value()).isEqualTo(422);
        assertThat(retry.getStatusCode().value()).isEqualTo(422);
        assertThat(http.read(retry).get("code").asText()).isEqualTo("not-enough-partners");
        assertThat(retry.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aKeyReusedForAnotherRequest_422() {
        String key = UUID.randomUUID().toString();
        propose(key, Proposals.enfanceJeunesse("ccas-metz", "caf-57", "ligue-57"));
        long before = events();

        ResponseEntity<String> other = propose(key, Proposals.enfanceJeunesse("ccas-metz", "caf-57", "other-57"));

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(http.read(other).get("code").asText()).isEqualTo("idempotency-key-reused");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRetriedLifecycleStep_isNotRefusedAsADuplicate() {
        String id = http.propose();
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = post("/partnerships/" + id + "/acceptance", key, "{}");
        ResponseEntity<String> retry = post("/partnerships/" + id + "/acceptance", key, "{}");

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getStatusCode().value()).isEqualTo(200);
        assertThat(retry.getHeaders().getETag()).isEqualTo("\"3\"");
    }

    /**
     * The aggregate cache, as deployed: a step whose events Axon's unit of work committed, but whose transaction
     * (the idempotency filter's, which outlives that unit) then rolls back, leaves no trace in the partnership's
     * state. A cache that kept the state at Axon's commit would refuse the step's retry as done already, or append
     * it after an event that does not exist.
     */
    @Test
    void aStepRolledBackAfterAxonsCommit_isNotInTheStateTheNextCommandDecidesOn() {
        String id = http.propose();
        http.post(LifecycleHttp.LIGUE, "/partnerships/" + id + "/acceptance", null, null); // now in the cache
        String doomed = "refused-at-commit-" + UUID.randomUUID();
        long stored = eventsOf(id);
        // The outcome's row refused as the transaction ends: after the chain, so after Axon's unit of work.
        jdbc.execute("""
                CREATE FUNCTION refuse_outcome() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
                CREATE TRIGGER refuse_outcome BEFORE INSERT OR UPDATE ON idempotency_key FOR EACH ROW
                WHEN (NEW.status IS NOT NULL AND NEW.key LIKE 'refused-at-commit-%') EXECUTE FUNCTION refuse_outcome();
                """);
        ResponseEntity<String> failed;
        try {
            failed = post("/partnerships/" + id + "/acceptance", doomed, "{}");
        } finally {
            jdbc.execute("DROP TRIGGER refuse_outcome ON idempotency_key; DROP FUNCTION refuse_outcome()");
        }

        assertThat(failed.getStatusCode().is5xxServerError()).as(failed.toString()).isTrue();
        assertThat(eventsOf(id)).as("nothing of the rolled-back step stored").isEqualTo(stored);
        ResponseEntity<String> again = http.post(LifecycleHttp.CAF, "/partnerships/" + id + "/acceptance", null,
                null);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        assertThat(again.getHeaders().getETag()).as("the version after the one step really stored")
                .isEqualTo("\"" + stored + "\"");
        assertThat(jdbc.queryForList("SELECT sequenceNumber FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", Long.class, id)).as("a sequence without a hole")
                .containsExactlyElementsOf(LongStream.range(0, stored + 1).boxed().toList());
    }

    private long eventsOf(String partnershipId) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                partnershipId);
    }

    private ResponseEntity<String> propose(String key, String body) {
        return post("/partnerships", key, body);
    }

    private ResponseEntity<String> post(String path, String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token(path.equals("/partnerships") ? "ccas-metz" : "caf-57", "partner"));
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
    }

    private static ResponseEntity<String> get(Future<ResponseEntity<String>> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
