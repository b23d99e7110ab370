package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 6, the access part of the attack suite, on the stack as deployed: every endpoint of a
 * partnership, for both partnerships and every party. A party without rights on a partnership gets exactly the
 * answer it gets for an id that does not exist; nobody and an expired token get 401; reads succeed for the
 * partnership's parties and auditors only; no write by an outsider stores anything; lists, reports, the feed and
 * exports hold no other party's rows; operations are the operator's alone.
 */
@ResourceLock(SharedStack.LOCK)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessAttackIT {

    private Attack attack;

    @BeforeAll
    void parties() throws Exception {
        attack = Attack.get();
    }

    @Test
    void everyReadOfAPartnership_byEveryParty_isAllowedToItsPartiesAndAuditorsAlone() throws Exception {
        AttackTally tally = new AttackTally("reads of a partnership × 2 partnerships × 7 parties");
        Map<String, Set<String>> partiesOf = Map.of(attack.partnershipOfA, Set.of("A", "B", "auditor"),
                attack.partnershipOfC, Set.of("C", "auditor"));
        for (Map.Entry<String, Set<String>> object : partiesOf.entrySet()) {
            for (String path : reads()) {
                for (Map.Entry<String, String> party : attack.parties.entrySet()) {
                    tally.attempt(judgeRead(attack.stack.queryService(), path, object.getKey(), party.getKey(),
                            party.getValue(), object.getValue().contains(party.getKey())));
                }
            }
        }
        assertThat(tally.report()).isEmpty();
    }

    @Test
    void everyWriteToAPartnership_byAnOutsider_isRefusedLikeAMissingOne_andStoresNothing() throws Exception {
        AttackTally tally = new AttackTally("writes to a partnership by outsiders × 7 parties");
        long before = attack.storedEvents();
        Map<String, Set<String>> outsidersOf = Map.of(attack.partnershipOfA, Set.of("C", "auditor", "reporter",
                Attack.NOBODY, Attack.EXPIRED), attack.partnershipOfC, Set.of("A", "B", "auditor", "reporter",
                Attack.NOBODY, Attack.EXPIRED));
        for (Map.Entry<String, Set<String>> object : outsidersOf.entrySet()) {
            for (AttackBodies.Write write : AttackBodies.ofAPartnership()) {
                for (String party : object.getValue()) {
                    tally.attempt(judgeWrite(object.getKey(), write, party, attack.parties.get(party)));
                }
            }
        }
        for (String party : List.of("auditor", "reporter", Attack.NOBODY, Attack.EXPIRED)) {
            HttpResponse<String> response = Attack.send("POST", attack.stack.commandService().resolve("/partnerships"),
                    attack.parties.get(party), Attack.proposalBody("ccas-metz", "caf-57"));
            tally.attempt(expectStatus(response, party.equals("auditor") || party.equals("reporter") ? 403 : 401,
                    party + " POST /partnerships"));
        }
        assertThat(tally.report()).isEmpty();
        assertThat(attack.storedEvents()).as("events stored by refused writes").isEqualTo(before);
    }

    @Test
    void listsReportsTheFeedAndExports_holdNoOtherPartysRows() throws Exception {
        AttackTally tally = new AttackTally("other parties' rows in lists, reports, feed, exports");
        URI query = attack.stack.queryService();
        for (String party : List.of("A", "B", "C")) {
            String others = party.equals("C") ? attack.partnershipOfA : attack.partnershipOfC;
            String token = attack.parties.get(party);
            HttpResponse<String> list = Attack.send("GET", query.resolve("/partnerships?size=100"), token, null);
            JsonNode items = Attack.JSON.readTree(list.body()).path("items");
            tally.attempt(list.body().contains(others) ? party + " lists " + others : null);
            HttpResponse<String> summary = Attack.send("GET", query.resolve("/reports/summary"), token, null);
            long counted = Attack.JSON.readTree(summary.body()).path("partnerships").asLong();
            tally.attempt(counted != items.size() ? party + "'s report counts " + counted + " partnerships, "
                    + items.size() + " visible" : null);
            String feed = FeedReader.read(query.resolve("/feed"), token, java.time.Duration.ofSeconds(3));
            tally.attempt(feed.contains(others) ? party + "'s feed carries " + others : null);
            HttpResponse<String> export = Attack.send("GET", query.resolve("/audit/partnerships/" + others
                    + "/events?format=csv"), token, null);
            // A refusal names the path asked for (its instance): only an export served is a leak.
            tally.attempt(export.statusCode() / 100 == 2 ? party + " exports " + others : null);
        }
        assertThat(tally.report()).isEmpty();
    }

    @Test
    void operations_areTheOperatorsAlone() throws Exception {
        AttackTally tally = new AttackTally("operations (admin endpoints) × 7 parties");
        List<URI> operations = List.of(attack.stack.commandService().resolve("/admin/event-store/partnerships"),
                attack.stack.commandService().resolve("/actuator/metrics"),
                attack.stack.queryService().resolve("/admin/reconciliation"),
                attack.stack.queryService().resolve("/admin/parked-events"),
                attack.stack.queryService().resolve("/admin/replays"),
                attack.stack.queryService().resolve("/admin/ledger/alarms"),
                attack.stack.queryService().resolve("/actuator/metrics"));
        for (URI operation : operations) {
            for (Map.Entry<String, String> party : attack.parties.entrySet()) {
                HttpResponse<String> response = Attack.send("GET", operation, party.getValue(), null);
                boolean anonymous = party.getValue() == null || party.getKey().equals(Attack.EXPIRED);
                tally.attempt(expectStatus(response, anonymous ? 401 : 403, party.getKey() + " GET " + operation));
            }
            HttpResponse<String> byTheOperator = Attack.send("GET", operation, attack.admin, null);
            assertThat(byTheOperator.statusCode()).as("the operator, GET " + operation).isEqualTo(200);
        }
        assertThat(tally.report()).isEmpty();
    }

    /**
     * Every endpoint but the log's public reads answers 401 without a valid token. Those public reads (docs/ledger.md
     * §5) answer anyone without a token on the request's merits (200, or a 400/404 problem for a tree not that
     * large yet), and still refuse a forged or expired one: a bad credential is never taken as none.
     */
    @Test
    void everyEndpoint_withoutAValidToken_is401() throws Exception {
        AttackTally tally = new AttackTally("every endpoint without a valid token");
        URI query = attack.stack.queryService();
        URI command = attack.stack.commandService();
        List<URI> reads = List.of(query.resolve("/partnerships"), query.resolve("/feed"),
                query.resolve("/reports/summary"), query.resolve("/partnerships/" + attack.partnershipOfA),
                query.resolve("/admin/reconciliation"), command.resolve("/ledger/leaves?from=0&count=1"),
                command.resolve("/admin/event-store/partnerships"));
        List<URI> publicReads = List.of(command.resolve("/ledger/checkpoint"),
                command.resolve("/ledger/checkpoints?size=1"), command.resolve("/ledger/key"),
                command.resolve("/ledger/tile/0/000"), command.resolve("/ledger/proof/inclusion?index=0&size=1"),
                command.resolve("/ledger/proof/consistency?from=1&to=2"));
        List<URI> writes = List.of(command.resolve("/ledger/checkpoint"), command.resolve("/partnerships"),
                command.resolve("/partnerships/" + attack.partnershipOfA + "/acceptance"),
                query.resolve("/admin/replays"));
        java.util.Map<String, String> withoutOne = new java.util.LinkedHashMap<>();
        withoutOne.put(Attack.NOBODY, null);
        withoutOne.put(Attack.EXPIRED, attack.parties.get(Attack.EXPIRED));
        withoutOne.put("not a token", "x");
        for (java.util.Map.Entry<String, String> caller : withoutOne.entrySet()) {
            for (URI uri : reads) {
                tally.attempt(expectStatus(Attack.send("GET", uri, caller.getValue(), null), 401,
                        caller.getKey() + " GET " + uri));
            }
            for (URI uri : publicReads) {
                HttpResponse<String> answer = Attack.send("GET", uri, caller.getValue(), null);
                tally.attempt(caller.getValue() != null ? expectStatus(answer, 401, caller.getKey() + " GET " + uri)
                        : Set.of(200, 400, 404).contains(answer.statusCode()) ? null
                        : "anonymous GET " + uri + " (public) answered " + answer.statusCode());
            }
            for (URI uri : writes) {
                tally.attempt(expectStatus(Attack.send("POST", uri, caller.getValue(), "{}"), 401,
                        caller.getKey() + " POST " + uri));
            }
        }
        assertThat(tally.report()).isEmpty();
    }

    private static List<String> reads() {
        return List.of("/partnerships/{id}", "/partnerships/{id}/history", "/partnerships/{id}/terms/1",
                "/partnerships/{id}/terms/diff?from=1&to=1", "/partnerships/{id}/state?version=0",
                "/audit/partnerships/{id}/events", "/audit/partnerships/{id}/events?format=csv",
                "/audit/partnerships/{id}/verify", "/audit/partnerships/{id}/evidence");
    }

    /** Null when the answer is right; otherwise what went wrong. */
    private static String judgeRead(URI service, String path, String id, String party, String token,
                                    boolean entitled) throws Exception {
        HttpResponse<String> response = Attack.send("GET", service.resolve(path.replace("{id}", id)), token, null);
        String what = party + " GET " + path.replace("{id}", id);
        if (token == null || party.equals(Attack.EXPIRED)) {
            return expectStatus(response, 401, what);
        }
        if (entitled) {
            return Set.of(401, 403, 404).contains(response.statusCode()) ? what + " refused its own: "
                    + response.statusCode() : null;
        }
        HttpResponse<String> missing = Attack.send("GET", service.resolve(path.replace("{id}", Attack.unknownId())),
                token, null);
        return likeMissing(response, missing, what);
    }

    private String judgeWrite(String id, AttackBodies.Write write, String party, String token) throws Exception {
        URI command = attack.stack.commandService();
        HttpResponse<String> response = Attack.send("POST", command.resolve("/partnerships/" + id + write.path()),
                token, write.body());
        String what = party + " POST " + write.path() + " of " + id;
        if (token == null || party.equals(Attack.EXPIRED)) {
            return expectStatus(response, 401, what);
        }
        if (party.equals("auditor") || party.equals("reporter")) {
            return expectStatus(response, 403, what);
        }
        HttpResponse<String> missing = Attack.send("POST", command.resolve("/partnerships/" + Attack.unknownId()
                + write.path()), token, write.body());
        return likeMissing(response, missing, what);
    }

    private static String likeMissing(HttpResponse<String> response, HttpResponse<String> missing, String what) {
        if (response.statusCode() / 100 == 2) {
            return what + " succeeded: " + response.statusCode();
        }
        return Attack.shape(response).equals(Attack.shape(missing)) ? null
                : what + " answered " + Attack.shape(response) + ", a missing one " + Attack.shape(missing);
    }

    private static String expectStatus(HttpResponse<String> response, int status, String what) {
        return response.statusCode() == status ? null : what + " answered " + response.statusCode() + ", not "
                + status;
    }
}
