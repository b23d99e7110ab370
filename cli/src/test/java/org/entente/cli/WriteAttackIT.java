package org.entente.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 6, the writes of the attack suite, by the partnership's own lead: every write endpoint with
 * an extra field (mass assignment) and with hostile bodies (truncated, wrong types, deep nesting, huge numbers and
 * strings, invalid UTF-8, NUL bytes). Each is refused with a 4xx problem, never a 5xx, never a stack trace, and
 * the event store does not change.
 */
@ResourceLock(SharedStack.LOCK)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAttackIT {

    private Attack attack;

    @BeforeAll
    void parties() throws Exception {
        attack = Attack.get();
    }

    @Test
    void anExtraField_onEveryWrite_isRefused_andNothingIsStored() throws Exception {
        AttackTally tally = new AttackTally("mass assignment on every write");
        long before = attack.storedEvents();
        for (Map.Entry<String, String> write : writes().entrySet()) {
            for (String field : List.of("status", "partnershipId", "actorId", "version", "signedBy", "ledgerIndex")) {
                ObjectNode body = write.getValue() == null ? Attack.JSON.createObjectNode()
                        : (ObjectNode) Attack.JSON.readTree(write.getValue());
                body.put(field, field.equals("status") ? "ACTIVE" : "forged");
                HttpResponse<String> response = post(write.getKey(), HttpRequest.BodyPublishers.ofString(
                        body.toString()));
                tally.attempt(refused(response, "extra " + field + " on " + write.getKey()));
            }
        }
        assertThat(tally.report()).isEmpty();
        assertThat(attack.storedEvents()).as("events stored by mass assignment").isEqualTo(before);
    }

    @Test
    void hostileBodies_onEveryWrite_areRefusedWithout5xxOrStackTrace_andNothingIsStored() throws Exception {
        AttackTally tally = new AttackTally("hostile bodies on every write");
        long before = attack.storedEvents();
        for (String path : writes().keySet()) {
            for (Map.Entry<String, byte[]> hostile : hostileBodies().entrySet()) {
                HttpResponse<String> response = post(path, HttpRequest.BodyPublishers.ofByteArray(hostile.getValue()));
                tally.attempt(refused(response, hostile.getKey() + " on " + path));
            }
        }
        assertThat(tally.report()).isEmpty();
        assertThat(attack.storedEvents()).as("events stored by hostile bodies").isEqualTo(before);
    }

    /**
     * A proposal otherwise valid, with one hostile value where a value is expected: the content checks, not the
     * shape of the body, must refuse it.
     */
    @Test
    void aValidProposal_withOneHostileValue_isRefused_andNothingIsStored() throws Exception {
        AttackTally tally = new AttackTally("hostile values in an otherwise valid proposal");
        long before = attack.storedEvents();
        String valid = Attack.proposalBody("ccas-metz", "caf-57");
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("a NUL in the title", valid.replaceFirst("\"title\":\"", "\"title\":\"a\\\\u0000b"));
        hostile.put("a lone surrogate in the purpose", valid.replaceFirst("\"purpose\":\"",
                "\"purpose\":\"\\\\ud800"));
        hostile.put("a control character in the lead's name", valid.replaceFirst("\"name\":\"",
                "\"name\":\"\\\\u0007"));
        hostile.put("an amount of 1e400", valid.replaceFirst("\"amountEur\":[0-9.]+", "\"amountEur\":1e400"));
        hostile.put("an amount of 10^40", valid.replaceFirst("\"amountEur\":[0-9.]+",
                "\"amountEur\":10000000000000000000000000000000000000000"));
        hostile.put("a target of -1e308", valid.replaceFirst("\"target\":[0-9.]+", "\"target\":-1e308"));
        for (Map.Entry<String, String> body : hostile.entrySet()) {
            assertThat(body.getValue()).as(body.getKey()).isNotEqualTo(valid);
            HttpResponse<String> response = post("/partnerships", HttpRequest.BodyPublishers.ofString(body.getValue()));
            tally.attempt(refused(response, body.getKey()));
        }
        assertThat(tally.report()).isEmpty();
        assertThat(attack.storedEvents()).as("events stored by hostile values").isEqualTo(before);
    }

    /** Every write endpoint, by the lead of the partnership (A), with its valid body. */
    private Map<String, String> writes() {
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/partnerships", Attack.proposalBody("ccas-metz", "caf-57"));
        for (AttackBodies.Write write : AttackBodies.ofAPartnership()) {
            writes.put("/partnerships/" + attack.partnershipOfA + write.path(), write.body());
        }
        return writes;
    }

    static Map<String, byte[]> hostileBodies() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated JSON", utf8("{\"reason\":\"Fin de la conven"));
        bodies.put("an array instead of an object", utf8("[\"reason\"]"));
        bodies.put("wrong types", utf8("{\"reason\":12,\"termsHash\":true,\"rating\":\"five\",\"baseVersion\":\"x\","
                + "\"measurements\":\"many\",\"terms\":[]}"));
        bodies.put("deep nesting", utf8("{\"reason\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"));
        bodies.put("a huge number", utf8("{\"rating\":1" + "0".repeat(5_000) + ",\"baseVersion\":1e999999}"));
        bodies.put("a huge string", utf8("{\"reason\":\"" + "é".repeat(3_000_000) + "\"}"));
        bodies.put("invalid UTF-8", new byte[]{'{', '"', 'r', 'e', 'a', 's', 'o', 'n', '"', ':', '"', (byte) 0xC3,
                (byte) 0x28, (byte) 0xFF, '"', '}'});
        bodies.put("a NUL byte", new byte[]{'{', '"', 'r', 'e', 'a', 's', 'o', 'n', '"', ':', '"', 'a', 0, 'b', '"',
                '}'});
        bodies.put("an escaped NUL", utf8("{\"reason\":\"a\\u0000b\",\"termsHash\":\"sha256:\\u0000\","
                + "\"capacity\":\"\\u0000\"}"));
        bodies.put("no body at all", new byte[0]);
        return bodies;
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
        URI uri = attack.stack.commandService().resolve(path);
        return Attack.send("POST", uri, attack.parties.get("A"), body, "application/json");
    }

    /** Null when refused as it must be: a 4xx problem, with nothing of the internals in it. */
    static String refused(HttpResponse<String> response, String what) {
        List<String> wrong = new ArrayList<>();
        if (response.statusCode() / 100 != 4) {
            wrong.add("answered " + response.statusCode());
        }
        if (Attack.leaksInternals(response.body())) {
            wrong.add("leaked internals: " + response.body().substring(0, Math.min(300, response.body().length())));
        }
        if (!response.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
            wrong.add("not a problem document");
        }
        return wrong.isEmpty() ? null : what + " " + String.join(", ", wrong);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
