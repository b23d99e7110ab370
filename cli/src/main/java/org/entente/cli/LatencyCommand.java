package org.entente.cli;

import org.entente.devstack.DataDirectory;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.TokenClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Measures command-to-query latency on a running stack: the time from sending a proposal to the command service
 * until the query service shows it at the version the command answered (same ETag). Bounded in count and time, loopback only.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Measure command-to-query latency against a running stack (./entente up).")
final class LatencyCommand implements Callable<Integer> {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Option(names = "--count", defaultValue = "100", description = "Proposals to send, one after another")
    int count;

    @Option(names = "--command-url", defaultValue = "http://localhost:8081")
    URI commandUrl;

    @Option(names = "--seed", defaultValue = "seeds/cej-metz-nord/01-propose.json",
            description = "Proposal body, relative to the project root")
    Path seed;

    @Override
    public Integer call() throws Exception {
        String token = DevSigningKey.loadOrCreate(DataDirectory.resolve()).mint(TokenClaims.of("latency-probe",
                "Latency probe", "ccas-metz", List.of("partner")), Duration.ofHours(1));
        String body = Files.readString(Path.of(System.getenv().getOrDefault("ENTENTE_ROOT", ".")).resolve(seed));
        List<Long> commandMicros = new ArrayList<>();
        List<Long> visibleMicros = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(commandUrl.resolve("/partnerships"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 201) {
                System.err.println("Proposal refused: " + accepted.statusCode() + " " + accepted.body());
                return 1;
            }
            commandMicros.add((System.nanoTime() - sent) / 1_000);
            URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
            awaitVersion(location, accepted.headers().firstValue("ETag").orElseThrow(), token,
                    sent + Duration.ofSeconds(30).toNanos());
            visibleMicros.add((System.nanoTime() - sent) / 1_000);
        }
        System.out.println("command accepted (201)       " + Percentiles.of(commandMicros));
        System.out.println("projected on the query side  " + Percentiles.of(visibleMicros));
        return 0;
    }

    /** Polls the query side until it shows the partnership at the version the command side answered. */
    private static void awaitVersion(URI location, String etag, String token, long deadline) throws Exception {
        HttpRequest read = HttpRequest.newBuilder(location).header("Authorization", "Bearer " + token).GET().build();
        while (!etag.equals(HTTP.send(read, HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag")
                .orElse(null))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(location + " not at version " + etag + " within 30 s");
            }
            Thread.sleep(2);
        }
    }
}
