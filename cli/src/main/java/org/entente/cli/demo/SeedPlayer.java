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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plays the seed scenarios through the public API, as their people would: each step is a request by one person
 * with a token of their institution; {@code {version}} and {@code {termsHash}} are read from the query side, as a
 * partner reads the terms before approving or signing them.
 */
public final class SeedPlayer {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI commandService;
    private final URI queryService;
    private final DevSigningKey key;

    public SeedPlayer(URI commandService, URI queryService, DevSigningKey key) {
        this.commandService = commandService;
        this.queryService = queryService;
        this.key = key;
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
        String id = null;
        String etag = null;
        for (JsonNode step : scenario.get("steps")) {
            String token = tokenOf(scenario.get("people").get(step.get("as").asText()));
            JsonNode current = id == null ? null : awaitProjected(id, etag);
            String path = fill(step.get("post").asText(), id, current);
            String body = step.has("bodyFile") ? Files.readString(directory.resolve(step.get("bodyFile").asText()))
                    : step.has("body") ? fill(step.get("body").toString(), id, current) : "{}";
            HttpResponse<String> response = post(path, token, body);
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(scenario.get("name").asText() + ": " + step + " answered "
                        + response.statusCode() + " " + response.body());
            }
            id = id != null ? id : JSON.readTree(response.body()).get("partnershipId").asText();
            etag = response.headers().firstValue("ETag").orElseThrow();
        }
        JsonNode end = awaitProjected(id, etag);
        return new Played(scenario.get("name").asText(), id, end.get("status").asText(),
                scenario.at("/expect/status").asText());
    }

    private String fill(String template, String id, JsonNode current) {
        String filled = id == null ? template : template.replace("{id}", id);
        if (current != null) {
            filled = filled.replace("{version}", current.at("/terms/version").asText())
                    .replace("{termsHash}", current.at("/terms/hash").asText());
        }
        return filled;
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

    /** Reads the partnership on the query side once it shows the version the command side answered. */
    private JsonNode awaitProjected(String id, String etag) throws IOException, InterruptedException {
        String auditor = key.mint(TokenClaims.of("entente-demo", "Entente demo", "entente", List.of("auditor")),
                Duration.ofMinutes(5));
        HttpRequest read = HttpRequest.newBuilder(queryService.resolve("/partnerships/" + id))
                .header("Authorization", "Bearer " + auditor).GET().build();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(read, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && etag.equals(response.headers().firstValue("ETag").orElse(null))) {
                return JSON.readTree(response.body());
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Partnership " + id + " not at version " + etag + " on the query side");
    }
}
