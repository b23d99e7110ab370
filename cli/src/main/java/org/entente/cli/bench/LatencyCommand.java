package org.entente.cli.bench;

import org.entente.devstack.DataDirectory;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures command-to-query latency on a running stack: the time from sending a proposal to the command service
 * until the query service shows it at the version the command answered (same ETag). Bounded in count and time, loopback only.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Measure command-to-query latency against a running stack (./entente up).")
public final class LatencyCommand implements Callable<Integer> {

    private static final HttpClient HTTP = Http.client();

    @Option(names = "--count", defaultValue = "100", description = "Proposals to send, one after another")
    int count;

    @Option(names = "--clients", defaultValue = "1", description = "Clients sending at once (default 1): with "
            + "more, the figure is the write throughput, every proposal still awaited on the query side")
    int clients;

    @Option(names = "--write-only", description = "Do not wait for the query side: the command side's own throughput")
    boolean writeOnly;

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
        List<Long> commandMicros = Collections.synchronizedList(new ArrayList<>());
        List<Long> visibleMicros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(count);
        long began = System.nanoTime();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    if (!proposeAndAwait(body, token, commandMicros, visibleMicros)) {
                        return 1;
                    }
                }
                return 0;
            }));
        }
        int failed = 0;
        for (Future<Integer> run : runs) {
            try {
                failed += run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                // Said plainly: the query side did not show a proposal in time (it may be far behind).
                System.err.println("Stopped: " + e.getCause().getMessage());
                left.set(0);
                failed++;
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.println("command accepted (201)       " + Percentiles.of(commandMicros));
        if (!writeOnly) {
            System.out.println("projected on the query side  " + Percentiles.of(visibleMicros));
        }
        System.out.printf("throughput                   %.1f proposals/s with %d client(s) (%d in %.1f s)%n",
                visibleMicros.size() / seconds, clients, visibleMicros.size(), seconds);
        return failed == 0 ? 0 : 1;
    }

    /** One proposal, timed until it is accepted and until the query side shows it; false when refused. */
    private boolean proposeAndAwait(String body, String token, List<Long> commandMicros, List<Long> visibleMicros)
            throws Exception {
        long sent = System.nanoTime();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(commandUrl.resolve("/partnerships"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 201) {
            System.err.println("Proposal refused: " + accepted.statusCode() + " " + accepted.body());
            return false;
        }
        commandMicros.add((System.nanoTime() - sent) / 1_000);
        if (writeOnly) {
            visibleMicros.add((System.nanoTime() - sent) / 1_000);
            return true;
        }
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        awaitVersion(location, accepted.headers().firstValue("ETag").orElseThrow(), token,
                sent + Duration.ofSeconds(30).toNanos());
        visibleMicros.add((System.nanoTime() - sent) / 1_000);
        return true;
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
