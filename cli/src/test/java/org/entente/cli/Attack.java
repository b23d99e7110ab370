package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The attack suite's common ground, on the shared stack as deployed: the parties (three institutions, an
 * auditor, a reporter, an operator, nobody, and an expired token), two partnerships (A's with B, C's with D),
 * requests with any body, and the event store's size, which no refused request may change.
 */
final class Attack {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = Http.client();
    private static Attack shared;

    final Stack stack;
    final Map<String, String> parties = new LinkedHashMap<>();
    final String admin;
    final String partnershipOfA;
    final String partnershipOfC;

    /** A party's token, or null for nobody. */
    static final String NOBODY = "anonymous";
    static final String EXPIRED = "expired token";

    private Attack(Stack stack) throws Exception {
        this.stack = stack;
        DevSigningKey key = stack.signingKey();
        parties.put("A", token(key, "claire-martin", "ccas-metz", "partner", "signatory"));
        parties.put("B", token(key, "karim-benali", "caf-57", "partner", "signatory"));
        parties.put("C", token(key, "paul-fischer", "mairie-thionville", "partner", "signatory"));
        parties.put("auditor", token(key, "anne-audit", "cour-des-comptes", "auditor"));
        parties.put("reporter", token(key, "rita-report", "insee", "reporter"));
        parties.put(NOBODY, null);
        parties.put(EXPIRED, key.mint(TokenClaims.of("claire-martin", "Claire Martin", "ccas-metz",
                List.of("partner", "signatory")), Duration.ofSeconds(-120)));
        this.admin = token(key, "ops", "entente", "admin");
        this.partnershipOfA = propose(parties.get("A"), proposalBody("ccas-metz", "caf-57"));
        accept(parties.get("B"), partnershipOfA);
        this.partnershipOfC = propose(parties.get("C"), proposalBody("mairie-thionville", "asso-thionville"));
        // ETag: the last sequence number. A's: proposed, B invited, B accepted; C's: proposed, D invited.
        awaitProjected(partnershipOfA, 2);
        awaitProjected(partnershipOfC, 1);
    }

    static synchronized Attack get() throws Exception {
        if (shared == null) {
            shared = new Attack(SharedStack.get());
        }
        return shared;
    }

    private static String token(DevSigningKey key, String who, String institution, String... roles) {
        return key.mint(TokenClaims.of(who, who, institution, List.of(roles)), Duration.ofHours(1));
    }

    /**
     * A proposal of the Metz seed, led by the token's institution ({@code lead}), inviting one other, each of the
     * two contributing.
     */
    static String proposalBody(String lead, String invited) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "seeds", "cej-metz-nord",
                    "01-propose.json")));
            ArrayNode invitations = JSON.createArrayNode();
            invitations.addObject().put("institutionId", invited).put("name", "Invited " + invited)
                    .put("kind", "ASSOCIATION").put("role", "OPERATOR");
            body.set("invitations", invitations);
            int n = 0;
            for (com.fasterxml.jackson.databind.JsonNode contribution : body.path("terms").path("contributions")) {
                ((ObjectNode) contribution).put("institutionId", n++ % 2 == 0 ? lead : invited);
            }
            return body.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String propose(String token, String body) throws Exception {
        HttpResponse<String> response = send("POST", stack.commandService().resolve("/partnerships"), token, body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Proposal refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("partnershipId").asText();
    }

    private void accept(String token, String id) throws Exception {
        HttpResponse<String> response = send("POST", stack.commandService().resolve("/partnerships/" + id
                + "/acceptance"), token, "{}");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Acceptance refused: " + response.statusCode() + " " + response.body());
        }
    }

    private void awaitProjected(String id, int version) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("GET", stack.queryService().resolve("/partnerships/" + id),
                    parties.get("auditor"), null);
            if (response.statusCode() == 200 && response.headers().firstValue("ETag").orElse("")
                    .equals("\"" + version + "\"")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(id + " not on the query side at version " + version);
    }

    static HttpResponse<String> send(String method, URI uri, String token, String body) throws Exception {
        return send(method, uri, token, body == null ? null : HttpRequest.BodyPublishers.ofString(body),
                "application/json");
    }

    static HttpResponse<String> send(String method, URI uri, String token, HttpRequest.BodyPublisher body,
                                     String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The number of events the event store holds, as command-service tells its operator. */
    long storedEvents() throws Exception {
        HttpResponse<String> response = send("GET", stack.commandService().resolve("/admin/event-store/partnerships"),
                admin, null);
        return JSON.readTree(response.body()).get("events").asLong();
    }

    /** What identifies an answer for comparison: its status and, for a problem, its code. */
    static String shape(HttpResponse<String> response) {
        String code = "";
        try {
            JsonNode body = JSON.readTree(response.body());
            code = body == null ? "" : body.path("code").asText("");
        } catch (IOException notJson) {
            // Not a problem document: the status alone.
        }
        return response.statusCode() + (code.isEmpty() ? "" : " " + code);
    }

    /** An answer that gives away internals: a stack trace, an exception's class name, a framework's page. */
    static boolean leaksInternals(String body) {
        return body.contains("\tat ") || body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\.[A-Za-z.$]+\\(.*")
                || body.contains("Exception") || body.contains("Whitelabel") || body.contains("org.springframework")
                || body.contains("org.axonframework") || body.contains("java.lang");
    }

    static String unknownId() {
        return UUID.randomUUID().toString();
    }
}
