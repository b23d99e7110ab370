package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the journeys check behind the pages: the record itself, read from the query side's API as an auditor. */
final class Journey {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Stack stack;

    Journey(Stack stack) {
        this.stack = stack;
    }

    /** The kinds of the partnership's steps, in order. */
    List<String> steps(String id) throws Exception {
        List<String> steps = new ArrayList<>();
        read("/partnerships/" + id + "/history?size=500", "auditor").get("steps")
                .forEach(step -> steps.add(step.get("step").asText()));
        return steps;
    }

    JsonNode read(String path, String role) throws Exception {
        return JSON.readTree(get(stack.queryService().resolve(path), token(role)).body());
    }

    String token(String role) {
        return stack.signingKey().mint(TokenClaims.of("journey-" + role, "Journey " + role,
                "auditor".equals(role) ? "cour-des-comptes" : "observatoire", List.of(role)), Duration.ofMinutes(10));
    }

    static HttpResponse<String> get(URI uri, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A page or download of the web application as the person whose session cookie this is. */
    /** As a calendar application reads a feed: without a session, the secret in the address the only key. */
    static HttpResponse<String> anonymously(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> download(URI uri, String sessionCookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Cookie", sessionCookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
