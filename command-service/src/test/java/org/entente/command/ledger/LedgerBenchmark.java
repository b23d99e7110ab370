package org.entente.command.ledger;

import org.entente.command.TestStack;
import org.entente.devstack.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log at a million leaves (BENCHMARKS.md): how long the tree takes to build from them, and how fast the read
 * API serves what auditors and monitors ask of it — inclusion and consistency proofs, tiles, the checkpoint —
 * over HTTP, each request timed from sending to the whole body read. Not part of {@code verify}: run with
 * {@code ./mvnw -B -Pbench -pl command-service -am verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerBenchmark {

    private static final long LEAVES = Long.getLong("entente.bench.leaves", 1_000_000);
    private static final int SAMPLES = 1_000;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
        // Checkpoints on demand only: the scheduled one must not build the tree while it is being timed.
        registry.add("entente.ledger.checkpoint-interval", () -> "1h");
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Checkpointer checkpointer;

    @Test
    void theLogAtAMillionLeaves() throws Exception {
        long began = System.nanoTime();
        jdbc.update("INSERT INTO ledger_leaf (ledger_index, event_identifier, aggregate_identifier, sequence_number, "
                + "chain_hash, leaf_data) SELECT i, 'bench-' || i, 'partnership-' || (i / 20), i % 20, "
                + "sha256(int8send(i)), sha256(int8send(-i)) FROM generate_series(0, ?) AS i", LEAVES - 1);
        jdbc.update("UPDATE ledger_head SET size = ?", LEAVES);
        double inserted = seconds(began);
        began = System.nanoTime();
        Checkpoints.Issued checkpoint = checkpointer.issueIfGrown();
        double built = seconds(began);
        assertThat(checkpoint.size()).isEqualTo(LEAVES);

        Random random = new Random(42);
        List<String> rows = new ArrayList<>();
        rows.add(row("GET /ledger/proof/inclusion?index=…&size=" + LEAVES, time(n -> "/ledger/proof/inclusion?index="
                + (long) (random.nextDouble() * LEAVES) + "&size=" + LEAVES)));
        rows.add(row("GET /ledger/proof/consistency?from=…&to=" + LEAVES, time(n -> "/ledger/proof/consistency?from="
                + (1 + (long) (random.nextDouble() * (LEAVES - 1))) + "&to=" + LEAVES)));
        rows.add(row("GET /ledger/tile/0/<N> (full, 8 KiB)", time(n -> "/ledger/tile/0/" + tile(random.nextInt(
                (int) (LEAVES / 256))))));
        rows.add(row("GET /ledger/tile/1/<N> (full)", time(n -> "/ledger/tile/1/" + tile(random.nextInt(
                (int) Math.max(1, LEAVES / 65_536))))));
        rows.add(row("GET /ledger/tile/entries/<N> (full)", time(n -> "/ledger/tile/entries/" + tile(random.nextInt(
                (int) (LEAVES / 256))))));
        rows.add(row("GET /ledger/checkpoint", time(n -> "/ledger/checkpoint")));
        rows.add(row("GET /ledger/leaves?from=…&count=1000", time(n -> "/ledger/leaves?from="
                + (long) (random.nextDouble() * (LEAVES - 1000)) + "&count=1000")));

        String report = String.format("""
                Leaves: %,d (inserted set-based in %.1f s); tree built and first checkpoint signed in %.1f s.
                Each figure over %d requests, one at a time, after %d warm-up requests.

                | request | p50 ms | p99 ms | max ms |
                |---|---|---|---|
                %s
                """, LEAVES, inserted, built, SAMPLES, SAMPLES / 10, String.join("\n", rows));
        System.out.println(report);
        Files.writeString(Path.of("target", "ledger-benchmark.md"), report);
    }

    private long[] time(IntFunction<String> path) {
        HttpEntity<Void> request = new HttpEntity<>(headers());
        for (int n = 0; n < SAMPLES / 10; n++) {
            rest.exchange(path.apply(n), HttpMethod.GET, request, byte[].class);
        }
        long[] nanos = new long[SAMPLES];
        for (int n = 0; n < SAMPLES; n++) {
            String uri = path.apply(n);
            long began = System.nanoTime();
            var response = rest.exchange(uri, HttpMethod.GET, request, byte[].class);
            nanos[n] = System.nanoTime() - began;
            assertThat(response.getStatusCode().value()).as(uri).isEqualTo(200);
        }
        java.util.Arrays.sort(nanos);
        return nanos;
    }

    private static String row(String what, long[] sorted) {
        return String.format("| %s | %.2f | %.2f | %.2f |", what, sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    /** A tile index in tlog-tiles path form. */
    private static String tile(long index) {
        String digits = String.format("%03d", index);
        StringBuilder path = new StringBuilder();
        for (int end = digits.length(); end > 0; end -= 3) {
            String part = digits.substring(Math.max(0, end - 3), end);
            part = String.format("%3s", part).replace(' ', '0');
            path.insert(0, (path.length() == 0 ? "" : "x") + part + (path.length() == 0 ? "" : "/"));
        }
        return path.toString();
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token("observatoire-57", "reporter"));
        return headers;
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }
}
