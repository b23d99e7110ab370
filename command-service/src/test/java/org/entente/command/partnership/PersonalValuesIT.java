package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.devstack.TestTokens;
import org.entente.ledger.Chain;
import org.entente.ledger.Commitment;
import org.entente.ledger.Envelope;
import org.entente.ledger.Hex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Issue 21, requirements 1 and 2 on the write side: a new event is written in the version-2 envelope. No person's
 * value — who acted, a signatory's name and capacity — is in the event store, the ledger or the topic; each is the
 * text of a salted commitment there, the leaf commits to it, and the vault opens it, with its salt, to the
 * partnership's parties and auditors only. Bad requests to the vault are refused with their problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalValuesIT {

    private static final String CAPACITY = "Maire de Hayange";
    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
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
    void aSignature_isStoredLedgeredAndPublished_withCommitmentsOnly_andTheVaultOpensThemToItsParties()
            throws Exception {
        String id = signedByCaf();
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of(stack.topic(), id, events(id));
        ConsumerRecord<String, byte[]> signed = records.stream()
                .filter(r -> VerifiableLedgerIT.header(r, "ce_type").contains("AgreementSigned")).findFirst()
                .orElseThrow();
        JsonNode data = json.readTree(signed.value());
        List<String> commitments = List.of(VerifiableLedgerIT.header(signed, "ce_actorid"),
                VerifiableLedgerIT.header(signed, "ce_actorname"), data.get("signatoryName").asText(),
                data.get("signatoryCapacity").asText());

        assertThat(commitments).allMatch(Commitment::isText).doesNotHaveDuplicates();
        for (ConsumerRecord<String, byte[]> record : records) {
            Envelope envelope = VerifiableLedgerIT.envelope(record);
            assertThat(envelope.version()).isEqualTo(Envelope.V2);
            assertThat(jdbc.queryForObject("SELECT leaf_data FROM ledger_leaf WHERE event_identifier = ?",
                    byte[].class, envelope.eventId())).isEqualTo(Chain.leafData(envelope,
                    Hex.parse(VerifiableLedgerIT.header(record, "ce_chainhash"))));
            StringBuilder published = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
            record.headers().forEach(h -> published.append(' ').append(new String(h.value(), StandardCharsets.UTF_8)));
            assertThat(published).contains("sha256:").doesNotContain("Member of", "user-caf-57", "user-ccas-metz",
                    CAPACITY);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ? AND ("
                + "position('Member of' in convert_from(payload, 'UTF8') || convert_from(metadata, 'UTF8')) > 0 OR "
                + "position('Maire de' in convert_from(payload, 'UTF8')) > 0 OR "
                + "position('user-' in convert_from(metadata, 'UTF8')) > 0)", Long.class, id)).isZero();

        List<JsonNode> opened = open(TestTokens.token(LIGUE, "partner"), commitments);
        assertThat(opened).extracting(d -> d.get("value").asText())
                .containsExactlyInAnyOrder("user-caf-57", "Member of caf-57", "Member of caf-57", CAPACITY);
        for (JsonNode disclosure : opened) {
            assertThat(Commitment.ofText(disclosure.get("commitment").asText()).isOpenedByString(
                    Base64.getDecoder().decode(disclosure.get("salt").asText()), disclosure.get("value").asText()))
                    .isTrue();
        }
        assertThat(open(TestTokens.token("ville-de-hayange", "auditor"), commitments)).hasSize(4);
    }

    @Test
    void theVault_opensNothing_toAnInstitutionOutsideThePartnership_andRefusesReportersAndBadRequests() {
        String id = signedByCaf();
        List<String> commitments = jdbc.queryForList("SELECT 'sha256:' || commitment FROM vault_value "
                + "WHERE partnership_id = ?", String.class, id);
        // Who acted, for each event, and the signatory's name and capacity.
        assertThat(commitments).hasSize(events(id) * 2 + 2);

        assertThat(open(TestTokens.token("ville-de-hayange", "partner", "signatory"), commitments)).isEmpty();
        assertProblem(TestTokens.token(CAF, "reporter"), "{\"commitments\":[]}", 403, "vault.not-a-reader");
        assertProblem(TestTokens.token(CAF, "partner"), "{\"commitments\":[\"Claire Martin\"]}", 400,
                "vault.bad-commitment");
        List<String> tooMany = new ArrayList<>(Collections.nCopies(1001, commitments.get(0)));
        assertProblem(TestTokens.token(CAF, "partner"), "{\"commitments\":" + write(tooMany) + "}", 400,
                "vault.too-many");
        assertThat(rest.postForEntity("/vault/disclosures", null, String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    /** Proposed, accepted, agreed on version 1 and signed by the CAF's signatory. */
    private String signedByCaf() {
        String id = http.propose();
        String p = "/partnerships/" + id;
        ok(http.post(CAF, p + "/acceptance", null, null));
        ok(http.post(LIGUE, p + "/acceptance", null, null));
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            ok(http.post(institution, p + "/terms/1/approvals", "{}", null));
        }
        String hash = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'termsHash' FROM "
                + "domainevententry WHERE aggregateIdentifier = ? AND payloadType LIKE '%AgreementReached'",
                String.class, id);
        ok(http.post(CAF, p + "/signatures", "{\"termsHash\":\"" + hash + "\",\"capacity\":\"" + CAPACITY + "\"}",
                null));
        return id;
    }

    private int events(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ?",
                Integer.class, id);
    }

    private List<JsonNode> open(String token, List<String> commitments) {
        ResponseEntity<String> answer = http.postAs(token, "/vault/disclosures",
                "{\"commitments\":" + write(commitments) + "}", null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        List<JsonNode> disclosures = new ArrayList<>();
        http.read(answer).get("disclosures").forEach(disclosures::add);
        return disclosures;
    }

    private void assertProblem(String token, String body, int status, String code) {
        ResponseEntity<String> answer = http.postAs(token, "/vault/disclosures", body, null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(http.read(answer).get("code").asText()).isEqualTo(code);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
