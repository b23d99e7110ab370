package org.entente.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.TestTokens;
import org.entente.ledger.Checkpoint;
import org.entente.ledger.MerkleHashes;
import org.entente.ledger.NoteSigner;
import org.entente.ledger.SignedNote;
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

import java.time.Duration;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, requirement 5: the query side rebuilds the log from the records it consumes, verifies every published
 * checkpoint against it, raises no alarm for honest ones and one for each forged head, inconsistent log or bad
 * signature; and verifies a partnership's chain and leaves for its auditors, naming the first broken link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerMonitorIT {

    private static TestStack stack;
    private static LedgerRecords ledger;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
        ledger = new LedgerRecords(stack.checkpointTopic());
        registry.add("entente.ledger.verifier-key", () -> ledger.signer.verifier().text());
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void honestCheckpointsVerify_forgedOnesRaiseAlarms_andAPartnershipsChainIsVerified() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // The first is an imported convention: its records carry the day they took effect, which the chain commits to.
        ledger.publish(PublishedEvents.dated(PublishedEvents.proposalRecords(stack.topic(), first), "2023-01-10"));
        ledger.publish(PublishedEvents.proposalRecords(stack.topic(), second));
        // The other test of this class may have published before: the log holds whatever was published.
        Checkpoint honest = Checkpoint.open(ledger.checkpoint(), ledger.signer.verifier());
        long size = honest.size();
        ledger.publishCheckpoint(ledger.checkpoint());
        awaitLedgerHealth(health -> health.path("details").path("verifiedSize").asLong() == size);

        JsonNode verification = get("/audit/partnerships/" + first + "/verify", auditor());
        assertThat(verification.get("verified").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.at("/checkpoint/size").asLong()).isEqualTo(size);
        assertThat(verification.at("/checkpoint/keyId").asText()).isEqualTo(ledger.signer.verifier().keyIdHex());
        assertThat(verification.get("events").findValuesAsText("status")).containsExactly("verified", "verified",
                "verified");
        assertThat(get("/admin/ledger/alarms", admin()).get("alarms")).isEmpty();
        assertThat(json.readTree(http.getForObject("/actuator/health", String.class)).at("/components/ledger/status")
                .asText()).isEqualTo("UP");

        // A fork (another head for the same size), a checkpoint signed by another key, a root that is not the log's.
        ledger.publishCheckpoint(LedgerRecords.sign(new Checkpoint(honest.origin(), size,
                MerkleHashes.leaf(new byte[]{1})), ledger.signer));
        ledger.publishCheckpoint(LedgerRecords.sign(honest, NoteSigner.generate(honest.origin())));
        ledger.publishCheckpoint(LedgerRecords.sign(new Checkpoint(honest.origin(), size - 1,
                MerkleHashes.leaf(new byte[]{2})), ledger.signer));
        // Signed, but with a size no log reaches (19 digits): one alarm, not a retry for ever (issue 19).
        ledger.publishCheckpoint(SignedNote.sign(honest.origin() + "\n9999999999999999999\n"
                + java.util.Base64.getEncoder().encodeToString(honest.rootHash()) + "\n", ledger.signer));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/admin/ledger/alarms", admin()).get("alarms").size() == 4);
        assertThat(get("/admin/ledger/alarms", admin()).get("alarms").findValuesAsText("kind"))
                .containsExactly("fork", "bad-signature", "root-mismatch", "malformed");
        assertThat(json.readTree(http.getForObject("/actuator/health", String.class)).at("/components/ledger/status")
                .asText()).isEqualTo("DEGRADED");

        // An event altered in this side's log: the check names it as the first broken link.
        jdbc.update("UPDATE partnership_event SET published_data = replace(published_data, 'Childcare', 'Garderie') "
                + "WHERE partnership_id = ? AND sequence = 0", second);
        JsonNode broken = get("/audit/partnerships/" + second + "/verify", auditor());
        assertThat(broken.get("verified").asBoolean()).isFalse();
        assertThat(broken.at("/firstBrokenLink/sequence").asLong()).isZero();
        assertThat(broken.at("/firstBrokenLink/problem").asText()).contains("chain hash");
    }

    @Test
    void aPartnershipsVerification_isForItsPartiesAndAuditorsOnly() {
        UUID id = UUID.randomUUID();
        ledger.publish(PublishedEvents.proposalRecords(stack.topic(), id));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class, id) == 3);
        assertThat(status("/audit/partnerships/" + id + "/verify", TestTokens.token("ville-de-thionville", "partner")))
                .isEqualTo(404);
        assertThat(status("/audit/partnerships/" + id + "/verify", TestTokens.token("caf-57", "partner")))
                .isEqualTo(200);
        assertThat(status("/admin/ledger/alarms", auditor())).isEqualTo(403);
    }

    private void awaitLedgerHealth(java.util.function.Predicate<JsonNode> condition) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> condition.test(
                json.readTree(http.getForObject("/actuator/health", String.class)).at("/components/ledger")));
    }

    private JsonNode get(String path, String token) throws Exception {
        return json.readTree(http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class)
                .getBody());
    }

    private int status(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class).getStatusCode()
                .value();
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    private static String auditor() {
        return TestTokens.token("cour-des-comptes", "auditor");
    }

    private static String admin() {
        return TestTokens.token("entente", "admin");
    }

}
