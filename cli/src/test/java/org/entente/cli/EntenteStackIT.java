package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.demo.SeedPlayer;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Http;
import org.entente.devstack.TestTokens;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as {@code ./entente up} runs it: embedded PostgreSQL, a KRaft broker and both services as
 * processes of their own. A proposal made over HTTP on the command side is read back over HTTP on the query side.
 */
@ResourceLock(SharedStack.LOCK)
class EntenteStackIT {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Stack stack;

    @BeforeAll
    static void up() throws Exception {
        stack = SharedStack.get();
    }

    @Test
    void aProposalMadeOnTheCommandSide_isReadBackOnTheQuerySide() throws Exception {
        HttpResponse<String> proposed = propose(token("ccas-metz", "partner", "signatory"));

        assertThat(proposed.statusCode()).isEqualTo(201);
        String id = JSON.readTree(proposed.body()).get("partnershipId").asText();
        URI location = URI.create(proposed.headers().firstValue("Location").orElseThrow());
        assertThat(location).isEqualTo(stack.queryService().resolve("/partnerships/" + id));

        HttpResponse<String> read = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(location, token("ccas-metz", "partner")), response -> response.statusCode() == 200
                        && response.headers().firstValue("ETag").equals(proposed.headers().firstValue("ETag")));
        JsonNode partnership = JSON.readTree(read.body());
        assertThat(partnership.get("title").asText()).isEqualTo("Contrat Enfance Jeunesse Metz-Nord");
        assertThat(partnership.get("leadInstitutionId").asText()).isEqualTo("ccas-metz");
        assertThat(partnership.get("partners")).hasSize(3);

        assertThat(get(location, token("other-town", "partner")).statusCode()).isEqualTo(404);
        assertThat(get(location, TestTokens.signedByAStranger("ccas-metz")).statusCode()).isEqualTo(401);
    }

    @Test
    void theServicesAndTheWebApplicationAnswerTheirHealthChecks_andLogToTheirOwnFiles() throws Exception {
        assertThat(get(stack.commandService().resolve("/actuator/health"), null).body()).contains("\"UP\"");
        assertThat(get(stack.queryService().resolve("/actuator/health"), null).body()).contains("\"UP\"");
        assertThat(get(stack.web().resolve("/actuator/health"), null).body()).contains("\"UP\"");
        assertThat(Files.readString(stack.settings().logDirectory().resolve("web.log")))
                .contains("Started WebApplication");
        assertThat(Files.readString(stack.settings().logDirectory().resolve("command-service.log")))
                .contains("Started CommandServiceApplication");
    }

    @Test
    void theSeedScenarios_playThroughThePublicApi_toTheirExpectedEnd() throws Exception {
        // Played once on this installation, through the public API, by whichever class asked first.
        List<SeedPlayer.Played> played = SharedStack.seeds();

        assertThat(played).hasSize(5).allSatisfy(scenario ->
                assertThat(scenario.status()).as(scenario.name()).isEqualTo(scenario.expected()));
        assertThat(played).extracting(SeedPlayer.Played::status)
                .containsExactlyInAnyOrder("ACTIVE", "ACTIVE", "ACTIVE", "ABANDONED", "EXPIRED");
        TheDemoAsANewUserSeesIt newUser = new TheDemoAsANewUserSeesIt(stack, played);
        newUser.spansYears();
        newUser.namesPeople_neverByTheirId();
        for (SeedPlayer.Played scenario : played) {
            assertPastStatesAgreeWithTheLiveView(scenario.partnershipId());
        }
        String amended = played.stream().filter(p -> p.name().contains("Val de Fensch")).findFirst().orElseThrow()
                .partnershipId();
        assertThat(statusesByStep(amended)).containsEntry("PartnershipActivated", "ACTIVE")
                .containsEntry("AmendmentOpened", "AMENDING").containsEntry("AmendmentInForce", "ACTIVE")
                .containsEntry("PartnershipProposed", "PROPOSED");
    }

    /**
     * Issue 10 end to end, as deployed: command-service's checkpoints reach the query side over their topic and
     * verify against the log it rebuilt from the partnership topic, without an alarm; and every partnership's
     * chain and leaves verify in that checkpoint.
     */
    @Test
    void theQuerySideVerifiesTheCommandSidesCheckpoints_andEveryPartnershipsChain() throws Exception {
        String proposed = JSON.readTree(propose(token("ccas-metz", "partner", "signatory")).body())
                .get("partnershipId").asText();
        String auditor = token("cour-des-comptes", "auditor");
        HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(stack.commandService()
                        .resolve("/ledger/checkpoint")).header("Authorization", "Bearer " + auditor)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        long size = Long.parseLong(issued.body().split("\n")[1]);
        JsonNode ledger = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> JSON.readTree(get(stack.queryService().resolve("/actuator/health"), null).body())
                        .at("/components/ledger"), health -> health.at("/details/verifiedSize").asLong() >= size);
        assertThat(ledger.get("status").asText()).as(ledger.toString()).isEqualTo("UP");
        assertThat(ledger.at("/details/alarms").asLong()).isZero();

        JsonNode partnerships = JSON.readTree(get(stack.queryService().resolve("/partnerships?size=100"), auditor)
                .body()).get("items");
        assertThat(partnerships.findValuesAsText("id")).contains(proposed);
        for (JsonNode partnership : partnerships) {
            JsonNode verification = JSON.readTree(get(stack.queryService().resolve("/audit/partnerships/"
                    + partnership.get("id").asText() + "/verify"), auditor).body());
            assertThat(verification.has("firstBrokenLink")).as(verification.toString()).isFalse();
            assertThat(verification.get("events").findValuesAsText("status")).doesNotContain("broken");
        }
        JsonNode mine = JSON.readTree(get(stack.queryService().resolve("/audit/partnerships/" + proposed + "/verify"),
                auditor).body());
        assertThat(mine.get("verified").asBoolean()).as(mine.toString()).isTrue();
    }

    /** At every step of the history, the as-of state is at that version and at that instant; the last is live. */
    private static void assertPastStatesAgreeWithTheLiveView(String id) throws Exception {
        String auditor = token("cour-des-comptes", "auditor");
        URI base = stack.queryService().resolve("/partnerships/" + id);
        JsonNode steps = JSON.readTree(get(URI.create(base + "/history?size=500"), auditor).body()).get("steps");
        for (JsonNode step : steps) {
            JsonNode atVersion = JSON.readTree(get(URI.create(base + "/state?version=" + step.get("sequence").asLong()),
                    auditor).body());
            JsonNode atInstant = JSON.readTree(get(URI.create(base + "/state?asOf=" + step.get("at").asText()),
                    auditor).body());
            assertThat(atVersion.get("version").asLong()).isEqualTo(step.get("sequence").asLong());
            assertThat(atInstant.get("version").asLong()).isGreaterThanOrEqualTo(step.get("sequence").asLong());
        }
        JsonNode last = JSON.readTree(get(URI.create(base + "/state?version=" + (steps.size() - 1)), auditor).body());
        assertThat(last).isEqualTo(JSON.readTree(get(base, auditor).body()));
    }

    /** The status the partnership had right after each kind of step (the last such step wins). */
    private static java.util.Map<String, String> statusesByStep(String id) throws Exception {
        String auditor = token("cour-des-comptes", "auditor");
        URI base = stack.queryService().resolve("/partnerships/" + id);
        java.util.Map<String, String> statuses = new java.util.HashMap<>();
        for (JsonNode step : JSON.readTree(get(URI.create(base + "/history?size=500"), auditor).body()).get("steps")) {
            statuses.put(step.get("step").asText(), JSON.readTree(get(URI.create(base + "/state?version="
                    + step.get("sequence").asLong()), auditor).body()).get("status").asText());
        }
        return statuses;
    }

    private static String token(String institution, String... roles) {
        return stack.signingKey().mint(TokenClaims.of("it-" + institution, "IT " + institution, institution,
                List.of(roles)), Duration.ofMinutes(10));
    }

    private static HttpResponse<String> propose(String token) throws Exception {
        String body = Files.readString(Path.of("../seeds/cej-metz-nord/01-propose.json"));
        return HTTP.send(HttpRequest.newBuilder(stack.commandService().resolve("/partnerships"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
