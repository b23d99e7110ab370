package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.command.vault.VaultUpkeep;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Issue 21, requirement 3 on the write side: an administrator erases a person — their key destroyed, their values
 * deleted, a {@code PersonalDataErased} event holding only commitments recorded in every partnership that held them
 * — and every leaf, checkpoint, tile, inclusion and consistency proof of the log stays byte for byte what it was. A
 * rectification records the new name under a new salt, and the old commitments open to it. Bad requests are refused
 * with their problem and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureIT implements LogSnapshot.Served {

    private static final String CAPACITY = "Directrice de la CAF de la Moselle";
    private static final String ADMIN = TestTokens.person("alex-admin", "Alex Admin", "entente", "admin");
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
    @Autowired
    VaultUpkeep upkeep;

    private LifecycleHttp http;

    @BeforeEach
    void client() {
        http = new LifecycleHttp(rest, json);
    }

    @Test
    void anErasure_destroysEveryValueOfThePerson_recordsItInEachPartnership_andLeavesEveryProofAsItWas()
            throws Exception {
        String claire = TestTokens.person("claire-martin", "Claire Martin", CAF, "partner", "signatory");
        String signed = signedBy(claire);
        String accepted = http.propose();
        ok(http.postAs(claire, "/partnerships/" + accepted + "/acceptance", null, null));
        Map<String, List<String>> hers = commitmentsOf("claire-martin");
        assertThat(hers).containsOnlyKeys(signed, accepted);
        LogSnapshot before = LogSnapshot.take(this);

        ResponseEntity<String> erased = http.postAs(ADMIN, "/admin/people/claire-martin/erasure", null, null);

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
        assertThat(http.read(erased).get("partnerships").asInt()).isEqualTo(2);
        assertThat(http.read(erased).get("values").asInt()).isEqualTo(hers.values().stream().mapToInt(List::size).sum());
        assertThat(count("SELECT count(*) FROM vault_key WHERE person_id = 'claire-martin'")).isZero();
        assertThat(count("SELECT count(*) FROM vault_value WHERE person_id = 'claire-martin'")).isZero();
        assertThat(count("SELECT count(*) FROM vault_erasure_pending")).isZero();
        for (Map.Entry<String, List<String>> partnership : hers.entrySet()) {
            JsonNode event = erasureOf(partnership.getKey());
            assertThat(event.get("commitments")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(partnership.getValue().stream().sorted().toList());
            assertThat(event.get("ground").asText()).isEqualTo("PERSON_REQUEST");
        }
        assertThat(count("SELECT count(*) FROM domainevententry WHERE position('laire' in "
                + "convert_from(payload, 'UTF8') || convert_from(metadata, 'UTF8')) > 0 OR position('Directrice' in "
                + "convert_from(payload, 'UTF8')) > 0")).isZero();
        List<String> all = hers.values().stream().flatMap(List::stream).toList();
        assertThat(open(TestTokens.token("ville-de-hayange", "auditor"), all)).isEmpty();

        LogSnapshot after = LogSnapshot.take(this);
        assertThat(after.size()).isGreaterThan(before.size());
        assertThat(LogSnapshot.at(this, before.size())).isEqualTo(before);
        after.verifyGrownFrom(before, this);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of(stack.topic(), accepted, events(accepted));
        ConsumerRecord<String, byte[]> published = records.get(records.size() - 1);
        assertThat(VerifiableLedgerIT.header(published, "ce_type")).contains("PersonalDataErased");
        assertThat(json.readTree(published.value()).get("commitments")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(hers.get(accepted).stream().sorted().toList());
    }

    @Test
    void anErasureOneOfWhosePartnershipsCannotRecordItYet_isDoneAllTheSame_andThePassRecordsItLater()
            throws Exception {
        String zoe = TestTokens.person("zoe-leclerc", "Zoé Leclerc", CAF, "partner", "signatory");
        String recorded = http.propose();
        String blocked = http.propose();
        ok(http.postAs(zoe, "/partnerships/" + recorded + "/acceptance", null, null));
        ok(http.postAs(zoe, "/partnerships/" + blocked + "/acceptance", null, null));
        int hers = commitmentsOf("zoe-leclerc").get(blocked).size();
        // A real fault in the store: the event store refuses this partnership's PersonalDataErased event.
        jdbc.execute("CREATE FUNCTION refuse_erasure() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'the store is not taking this event now'; END $$");
        jdbc.execute("CREATE TRIGGER refuse_erasure BEFORE INSERT ON domainevententry FOR EACH ROW WHEN "
                + "(NEW.aggregateIdentifier = '" + blocked + "' AND NEW.payloadType LIKE '%PersonalDataErased') "
                + "EXECUTE FUNCTION refuse_erasure()");
        ResponseEntity<String> erased;
        ResponseEntity<String> retried;
        try {
            // Sent with an Idempotency-Key, as careful clients do: the request runs in a transaction of its own.
            erased = postOnce(ADMIN, "/admin/people/zoe-leclerc/erasure", "erase-zoe-once");
            retried = postOnce(ADMIN, "/admin/people/zoe-leclerc/erasure", "erase-zoe-once");
            assertThat(count("SELECT count(*) FROM vault_erasure_pending WHERE partnership_id = '" + blocked + "'"))
                    .as("owed to the blocked partnership").isEqualTo(hers);
        } finally {
            jdbc.execute("DROP TRIGGER refuse_erasure ON domainevententry");
            jdbc.execute("DROP FUNCTION refuse_erasure()");
        }

        assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
        assertThat(http.read(erased).get("partnerships").asInt()).isEqualTo(2);
        assertThat(retried.getHeaders().getFirst("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retried.getBody()).isEqualTo(erased.getBody());
        assertThat(count("SELECT count(*) FROM vault_key WHERE person_id = 'zoe-leclerc'")).isZero();
        assertThat(count("SELECT count(*) FROM vault_value WHERE person_id = 'zoe-leclerc'")).isZero();
        assertThat(erasures(recorded)).isOne();
        upkeep.pass();
        assertThat(erasures(blocked)).as("recorded by the vault's pass").isOne();
        assertThat(erasureOf(blocked).get("commitments")).hasSize(hers);
        assertThat(count("SELECT count(*) FROM vault_erasure_pending")).isZero();
    }

    private ResponseEntity<String> postOnce(String token, String path, String key) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.set("Idempotency-Key", key);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(headers), String.class);
    }

    private long erasures(String id) {
        return count("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = '" + id
                + "' AND payloadType LIKE '%PersonalDataErased'");
    }

    @Test
    void aRectification_recordsTheNewNameUnderANewSalt_andTheOldCommitmentsOpenToIt() throws Exception {
        String jean = TestTokens.person("jean-dupond", "Jean Dupond", CAF, "partner", "signatory");
        String id = http.propose();
        ok(http.postAs(jean, "/partnerships/" + id + "/acceptance", null, null));
        List<String> names = jdbc.queryForList("SELECT 'sha256:' || commitment FROM vault_value "
                + "WHERE person_id = 'jean-dupond' AND kind = 'NAME' ORDER BY 1", String.class);
        assertThat(names).isNotEmpty();

        ResponseEntity<String> rectified = http.postAs(ADMIN, "/admin/people/jean-dupond/rectification",
                "{\"name\":\"Jean Dupont\"}", null);

        assertThat(rectified.getStatusCode().value()).as(rectified.getBody()).isEqualTo(200);
        assertThat(http.read(rectified).get("partnerships").asInt()).isEqualTo(1);
        JsonNode event = lastEvent(id, "PersonalDataRectified");
        assertThat(event.get("replaces")).extracting(JsonNode::asText).containsExactlyElementsOf(names);
        String renamed = event.get("name").asText();
        assertThat(renamed).startsWith("sha256:");
        assertThat(count("SELECT count(*) FROM domainevententry WHERE position('Jean' in convert_from(payload, "
                + "'UTF8') || convert_from(metadata, 'UTF8')) > 0 OR position('dataSubject' in convert_from(metadata, "
                + "'UTF8')) > 0")).isZero();

        List<String> asked = new ArrayList<>(names);
        asked.add(renamed);
        Map<String, JsonNode> opened = new LinkedHashMap<>();
        open(TestTokens.token(CAF, "partner"), asked).forEach(d -> opened.put(d.get("commitment").asText(), d));
        assertThat(opened).containsOnlyKeys(asked);
        for (String old : names) {
            assertThat(opened.get(old).get("value").asText()).isEqualTo("Jean Dupont");
            assertThat(opened.get(old).get("replacedBy").asText()).isEqualTo(renamed);
            assertThat(opened.get(old).path("salt").isMissingNode()).isTrue();
        }
        JsonNode fresh = opened.get(renamed);
        assertThat(org.entente.ledger.Commitment.ofText(renamed).isOpenedByString(
                Base64.getDecoder().decode(fresh.get("salt").asText()), "Jean Dupont")).isTrue();
        assertThat(count("SELECT count(*) FROM vault_value WHERE person_id = 'jean-dupond' AND sealed IS NOT NULL "
                + "AND kind = 'NAME'")).isEqualTo(1);
    }

    @Test
    void aCapacityRectified_isRecordedUnderANewSalt_andTheSignaturesCapacityReadsCorrected() throws Exception {
        String sophie = TestTokens.person("sophie-leroy", "Sophie Leroy", CAF, "partner", "signatory");
        String id = signedBy(sophie);
        List<String> capacities = jdbc.queryForList("SELECT 'sha256:' || commitment FROM vault_value "
                + "WHERE person_id = 'sophie-leroy' AND kind = 'CAPACITY'", String.class);
        assertThat(capacities).hasSize(1);

        ResponseEntity<String> rectified = http.postAs(ADMIN, "/admin/people/sophie-leroy/rectification",
                "{\"capacity\":\"Directrice générale de la CAF de la Moselle\"}", null);

        assertThat(rectified.getStatusCode().value()).as(rectified.getBody()).isEqualTo(200);
        assertThat(http.read(rectified).get("capacityPartnerships").asInt()).isEqualTo(1);
        assertThat(http.read(rectified).get("partnerships").asInt()).isZero();
        JsonNode event = lastEvent(id, "PersonalDataRectified");
        assertThat(event.get("replaces")).extracting(JsonNode::asText).containsExactlyElementsOf(capacities);
        assertThat(event.path("name").isMissingNode() || event.path("name").isNull()).isTrue();
        String renamed = event.get("capacity").asText();
        JsonNode old = open(TestTokens.token(CAF, "partner"), capacities).get(0);
        assertThat(old.get("value").asText()).isEqualTo("Directrice générale de la CAF de la Moselle");
        assertThat(old.get("replacedBy").asText()).isEqualTo(renamed);
        assertThat(count("SELECT count(*) FROM domainevententry WHERE position('générale' in "
                + "convert_from(payload, 'UTF8')) > 0")).isZero();
        assertRefused(ADMIN, "/admin/people/sophie-leroy/rectification", "{}", 400, "vault.bad-value");
        assertRefused(ADMIN, "/admin/people/sophie-leroy/rectification", "{\"capacity\":\" \"}", 400,
                "vault.bad-value");
    }

    @Test
    void anUnknownPerson_aSecondErasure_aRectifiedErasedPerson_andANonAdministrator_areRefused_changingNothing() {
        String paul = TestTokens.person("paul-petit", "Paul Petit", CAF, "partner", "signatory");
        ok(http.postAs(paul, "/partnerships/" + http.propose() + "/acceptance", null, null));
        ok(http.postAs(ADMIN, "/admin/people/paul-petit/erasure", null, null));
        String admin = "/admin/people/";

        assertRefused(ADMIN, admin + "nobody-we-know/erasure", null, 404, "vault.unknown-person");
        assertRefused(ADMIN, admin + "nobody-we-know/rectification", "{\"name\":\"X\"}", 404, "vault.unknown-person");
        assertRefused(ADMIN, admin + "paul-petit/erasure", null, 409, "vault.already-erased");
        assertRefused(ADMIN, admin + "paul-petit/rectification", "{\"name\":\"Paul Petitjean\"}", 409,
                "vault.person-erased");
        assertRefused(ADMIN, admin + "alex-admin/erasure", null, 409, "vault.own-erasure");
        assertRefused(ADMIN, admin + "user-caf-57/rectification", "{\"name\":\"  \"}", 400, "vault.bad-value");
        assertRefused(ADMIN, admin + "user-caf-57/rectification", "{\"name\":\"A\\nB\"}", 400, "vault.bad-value");
        assertRefused(ADMIN, admin + "user-caf-57/rectification", "{\"name\":\"" + "x".repeat(201) + "\"}", 400,
                "vault.bad-value");
        for (String role : List.of("partner", "signatory", "auditor", "reporter")) {
            assertRefused(TestTokens.token(CAF, role), admin + "user-ccas-metz/erasure", null, 403, null);
            assertRefused(TestTokens.token(CAF, role), admin + "user-ccas-metz/rectification",
                    "{\"name\":\"X\"}", 403, null);
        }
        ResponseEntity<String> anonymous = rest.postForEntity(admin + "user-ccas-metz/erasure", null, String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anAdministrator_seesWhomAnIdentifierNames_beforeActing_andNobodyElseDoes() {
        String ines = TestTokens.person("ines-haddad", "Inès Haddad", CAF, "partner", "signatory");
        ok(http.postAs(ines, "/partnerships/" + http.propose() + "/acceptance", null, null));
        ok(http.postAs(ines, "/partnerships/" + http.propose() + "/acceptance", null, null));
        ok(http.postAs(ADMIN, "/admin/people/ines-haddad/rectification", "{\"name\":\"Inès Haddad-Roux\"}", null));

        ResponseEntity<String> held = http.getAs(ADMIN, "/admin/people/ines-haddad");

        assertThat(held.getStatusCode().value()).as(held.getBody()).isEqualTo(200);
        assertThat(http.read(held).get("names")).extracting(JsonNode::asText).containsExactly("Inès Haddad-Roux");
        assertThat(http.read(held).get("partnerships").asInt()).isEqualTo(2);
        assertThat(http.read(held).get("values").asLong())
                .isEqualTo(count("SELECT count(*) FROM vault_value WHERE person_id = 'ines-haddad'")).isPositive();
        ok(http.postAs(ADMIN, "/admin/people/ines-haddad/erasure", null, null));
        assertProblem(http.getAs(ADMIN, "/admin/people/ines-haddad"), 409, "vault.already-erased");
        assertProblem(http.getAs(ADMIN, "/admin/people/nobody-we-know"), 404, "vault.unknown-person");
        for (String role : List.of("partner", "signatory", "auditor", "reporter")) {
            assertProblem(http.getAs(TestTokens.token(CAF, role), "/admin/people/user-ccas-metz"), 403, "forbidden");
        }
    }

    /** A problem of that status, and of that stable code unless {@code code} is null. */
    private void assertProblem(ResponseEntity<String> answer, int status, String code) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        if (code != null) {
            assertThat(http.read(answer).get("code").asText()).isEqualTo(code);
        }
    }

    /** Refused with its problem, and nothing stored: no event, no value, no key, no erasure. */
    private void assertRefused(String token, String path, String body, int status, String code) {
        String state = "SELECT (SELECT count(*) FROM domainevententry) || '/' || (SELECT count(*) FROM vault_value) "
                + "|| '/' || (SELECT count(*) FROM vault_key) || '/' || (SELECT count(*) FROM vault_erasure) || '/' "
                + "|| (SELECT count(*) FROM vault_value WHERE sealed IS NULL)";
        String before = jdbc.queryForObject(state, String.class);
        assertProblem(http.postAs(token, path, body, null), status, code);
        assertThat(jdbc.queryForObject(state, String.class)).as(path).isEqualTo(before);
    }

    /** Proposed by the CCAS, accepted by all, agreed on version 1 and signed for the CAF with {@code token}. */
    private String signedBy(String token) {
        String id = http.propose();
        String p = "/partnerships/" + id;
        ok(http.postAs(token, p + "/acceptance", null, null));
        ok(http.post(LIGUE, p + "/acceptance", null, null));
        ok(http.post(CCAS, p + "/terms/1/approvals", "{}", null));
        ok(http.postAs(token, p + "/terms/1/approvals", "{}", null));
        ok(http.post(LIGUE, p + "/terms/1/approvals", "{}", null));
        String hash = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'termsHash' FROM "
                + "domainevententry WHERE aggregateIdentifier = ? AND payloadType LIKE '%AgreementReached'",
                String.class, id);
        ok(http.postAs(token, p + "/signatures", "{\"termsHash\":\"" + hash + "\",\"capacity\":\"" + CAPACITY
                + "\"}", null));
        return id;
    }

    private Map<String, List<String>> commitmentsOf(String person) {
        Map<String, List<String>> byPartnership = new LinkedHashMap<>();
        jdbc.query("SELECT partnership_id, 'sha256:' || commitment FROM vault_value WHERE person_id = ? "
                + "ORDER BY 1, 2", row -> {
                    byPartnership.computeIfAbsent(row.getString(1), p -> new ArrayList<>()).add(row.getString(2));
                }, person);
        return byPartnership;
    }

    private JsonNode erasureOf(String id) throws Exception {
        return lastEvent(id, "PersonalDataErased");
    }

    private JsonNode lastEvent(String id, String type) throws Exception {
        return json.readTree(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateIdentifier = ? AND payloadType LIKE ? ORDER BY sequenceNumber DESC LIMIT 1",
                String.class, id, "%" + type));
    }

    private int events(String id) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateIdentifier = ?",
                Integer.class, id);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<JsonNode> open(String token, List<String> commitments) {
        ResponseEntity<String> answer = http.postAs(token, "/vault/disclosures",
                "{\"commitments\":" + commitments.stream().map(c -> "\"" + c + "\"").toList() + "}", null);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        List<JsonNode> disclosures = new ArrayList<>();
        http.read(answer).get("disclosures").forEach(disclosures::add);
        return disclosures;
    }

    @Override
    public ResponseEntity<String> get(String path) {
        return http.getAs(TestTokens.token(CCAS, "auditor"), path);
    }

    @Override
    public ResponseEntity<byte[]> getBytes(String path) {
        return rest.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, byte[].class);
    }

    @Override
    public ResponseEntity<String> post(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token(CCAS, "auditor"));
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(headers), String.class);
    }


    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }
}
