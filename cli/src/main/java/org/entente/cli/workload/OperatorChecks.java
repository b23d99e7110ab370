package org.entente.cli.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.verify.Reconciler;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator's side of the battery and the benchmark, over the services' admin APIs: the reconciliation, a full
 * replay's checksum against the live read models', the ledger monitor's alarms, the parked records.
 */
public final class OperatorChecks {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI queryService;
    private final Reconciler reconciler;
    private final String token;

    public OperatorChecks(URI queryService, DevSigningKey key) {
        this.queryService = queryService;
        this.reconciler = new Reconciler(queryService, key);
        this.token = key.mint(TokenClaims.of("chaos-operator", "Chaos operator", "entente", List.of("admin")),
                Duration.ofHours(3));
    }

    /** Reconciles until consistent, or until {@code limit}; answers the last report, or null if none ran. */
    public JsonNode awaitConsistent(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode last = null;
        do {
            try {
                last = reconciler.reconcile();
                if (last.path("consistent").asBoolean()) {
                    return last;
                }
            } catch (IOException notNow) {
                // A service still restarting: try again.
            }
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        return last;
    }

    /** Rebuilds the read models from the topic beside the live ones and answers whether the checksums match. */
    public boolean replayMatchesLive() throws IOException, InterruptedException {
        JsonNode replay = replay(Duration.ofMinutes(5));
        return "COMPLETED".equals(replay.path("status").asText()) && replay.path("checksumsMatch").asBoolean();
    }

    /**
     * A full replay beside the live read models, never switched in; answers the replay as it ended (its status,
     * events done, rate and both checksums).
     */
    public JsonNode replay(Duration patience) throws IOException, InterruptedException {
        HttpResponse<String> started = HTTP.send(request("/admin/replays")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"switchIfDifferent\":false}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IOException("The replay did not start: " + started.statusCode() + " " + started.body());
        }
        URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode replay = get(location);
            if (!"RUNNING".equals(replay.path("status").asText())) {
                return replay;
            }
            Thread.sleep(500);
        }
        throw new IOException("The replay did not finish within " + patience);
    }

    /** The ledger monitor's alarms, each as its kind and detail. */
    public List<String> alarms() throws IOException, InterruptedException {
        List<String> alarms = new ArrayList<>();
        get(queryService.resolve("/admin/ledger/alarms")).path("alarms").forEach(alarm ->
                alarms.add(alarm.path("kind").asText() + ": " + alarm.path("detail").asText()));
        return alarms;
    }

    /** The parked records, first first. */
    public JsonNode parked() throws IOException, InterruptedException {
        return get(queryService.resolve("/admin/parked-events"));
    }

    public void retryParked(long id) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request("/admin/parked-events/" + id + "/retry")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("The retry of parked record " + id + " answered " + response.statusCode() + " "
                    + response.body());
        }
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer "
                + token).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(queryService.resolve(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
    }
}
