package org.entente.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Plays the seed scenarios through the public API, as their people would: each step is a request by one person
 * with a token of their institution; {@code {version}} and {@code {termsHash}} are read from the query side, as a
 * partner reads the terms before approving or signing them. An existing convention is brought in with the days its
 * steps took effect ({@code effectiveDate}), written relative to the day of play ({@link SeedDates}); Entente then
 * records by itself what those dates made due, and a scenario ends when the query side shows what it expects.
 */
public final class SeedPlayer {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * How long a step waits for the query side: the events of time an import brings are recorded as the
     * scheduler next looks for due items ({@code ENTENTE_SCHEDULER_POLLING_INTERVAL}, 10 s by default).
     */
    private static final Duration PROJECTION = Duration.ofSeconds(40);

    private final URI commandService;
    private final URI queryService;
    private final DevSigningKey key;
    private final Clock clock;

    public SeedPlayer(URI commandService, URI queryService, DevSigningKey key) {
        this(commandService, queryService, key, Clock.system(ZoneId.of("Europe/Paris")));
    }

    /** @param clock whose day the scenarios' relative dates count from ({@link SeedDates}) */
    public SeedPlayer(URI commandService, URI queryService, DevSigningKey key, Clock clock) {
        this.commandService = commandService;
        this.queryService = queryService;
        this.key = key;
        this.clock = clock;
    }

    /** A scenario played: its partnership, the status it reached and the one it should have reached. */
    public record Played(String name, String partnershipId, String status, String expected) {
    }

    public List<Played> playAll(Path seeds) throws IOException, InterruptedException {
        List<Path> scenarios;
        try (Stream<Path> files = Files.list(seeds)) {
            scenarios = files.filter(dir -> Files.isRegularFile(dir.resolve("scenario.json"))).sorted().toList();
        }
        List<Played> played = new ArrayList<>();
        for (Path scenario : scenarios) {
            played.add(play(scenario));
        }
        return played;
    }

    Played play(Path directory) throws IOException, InterruptedException {
        JsonNode scenario = JSON.readTree(directory.resolve("scenario.json").toFile());
        SeedDates dates = new SeedDates(LocalDate.now(clock));
        String id = null;
        long version = 0;
        for (JsonNode written : scenario.get("steps")) {
            SeedStep step = SeedStep.of(directory, written, dates);
            JsonNode current = id == null ? null : awaitProjected(id, version, step.awaits());
            step = step.filled(id, current);
            HttpResponse<String> response = post(step.path(), tokenOf(scenario.get("people").get(step.person())),
                    step.body());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(scenario.get("name").asText() + ": " + written + " answered "
                        + response.statusCode() + " " + response.body());
            }
            id = id != null ? id : JSON.readTree(response.body()).get("partnershipId").asText();
            version = versionOf(response.headers().firstValue("ETag").orElseThrow());
        }
        Map<String, String> expected = SeedStep.pointers(scenario.path("expect").path("at"), dates);
        expected.put("/status", scenario.at("/expect/status").asText());
        JsonNode end = awaitProjected(id, version, expected, false);
        return new Played(scenario.get("name").asText(), id, end.get("status").asText(),
                scenario.at("/expect/status").asText());
    }

    private String tokenOf(JsonNode person) {
        List<String> roles = new ArrayList<>();
        person.get("roles").forEach(role -> roles.add(role.asText()));
        return key.mint(TokenClaims.of(TokenClaims.subjectOf(person.get("name").asText()),
                person.get("name").asText(), person.get("institution").asText(), roles), Duration.ofMinutes(10));
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(commandService.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The partnership on the query side once it reached {@code version} (Entente itself may have acted on it since:
     * the events of time an imported convention's past dates bring) and reads {@code conditions}.
     */
    private JsonNode awaitProjected(String id, long version, Map<String, String> conditions)
            throws IOException, InterruptedException {
        return awaitProjected(id, version, conditions, true);
    }

    /** As above; when {@code strict} is false, the last state seen once the deadline passed, for the caller to judge. */
    private JsonNode awaitProjected(String id, long version, Map<String, String> conditions, boolean strict)
            throws IOException, InterruptedException {
        String auditor = DemoAuditor.token(key);
        HttpRequest read = HttpRequest.newBuilder(queryService.resolve("/partnerships/" + id))
                .header("Authorization", "Bearer " + auditor).timeout(Http.REQUEST).GET().build();
        long deadline = System.nanoTime() + PROJECTION.toNanos();
        JsonNode seen = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(read, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200
                    && versionOf(response.headers().firstValue("ETag").orElse("0")) >= version) {
                seen = JSON.readTree(response.body());
                if (holds(seen, conditions)) {
                    return seen;
                }
            }
            Thread.sleep(50);
        }
        if (seen != null && !strict) {
            return seen;
        }
        throw new IllegalStateException("Partnership " + id + " did not reach version " + version + " with "
                + conditions + " on the query side within " + PROJECTION.toSeconds() + " s; last seen: " + seen);
    }

    private static boolean holds(JsonNode partnership, Map<String, String> conditions) {
        return conditions.entrySet().stream()
                .allMatch(condition -> partnership.at(condition.getKey()).asText().equals(condition.getValue()));
    }

    private static long versionOf(String etag) {
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }
}
