package org.entente.cli.verify;

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
import java.time.Duration;
import java.util.List;

/**
 * Asks query-service for a reconciliation ({@code GET /admin/reconciliation}) as an operator of the installation:
 * the event store compared with the topic and the read models.
 */
public final class Reconciler {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI queryService;
    private final DevSigningKey key;

    public Reconciler(URI queryService, DevSigningKey key) {
        this.queryService = queryService;
        this.key = key;
    }

    /** The report as JSON; fails with the problem's detail when the query side cannot reconcile now. */
    public JsonNode reconcile() throws IOException, InterruptedException {
        String token = key.mint(TokenClaims.of("entente-operator", "Entente operator", "entente", List.of("admin")),
                Duration.ofMinutes(5));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(queryService.resolve("/admin/reconciliation"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(3)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() != 200) {
            throw new IOException("query-service answered " + response.statusCode() + ": "
                    + body.path("detail").asText(response.body()));
        }
        return body;
    }
}
