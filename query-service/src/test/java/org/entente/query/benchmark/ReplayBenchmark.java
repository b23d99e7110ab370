package org.entente.query.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.entente.devstack.Http;
import org.entente.devstack.TestTokens;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live consumption and replay on a real topic: {@code entente.bench.replay.partnerships} proposals (three records
 * each) are published, consumed by the live consumer, then rebuilt by a replay while a client keeps reading.
 * Reports the live and replay rates, the readers' latency during the replay, and the checksum comparison. Run with
 * {@code ./mvnw -B -Pbench -pl query-service -am verify}; figures go to {@code target/replay-benchmark.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplayBenchmark {

    private static final int PARTNERSHIPS = Integer.getInteger("entente.bench.replay.partnerships", 10_000);

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = Http.client();

    @Test
    void liveConsumption_thenAReplayWhileReadersRead() throws Exception {
        List<UUID> ids = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < PARTNERSHIPS; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.addAll(PublishedEvents.proposalRecords(stack.topic(), id));
        }
        long publishStart = System.nanoTime();
        PublishedEvents.send(records);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM partnership_event", Long.class) == records.size());
        double liveSeconds = (System.nanoTime() - publishStart) / 1e9;

        String admin = TestTokens.token("entente-ops", "admin");
        String auditor = TestTokens.token("cour-des-comptes", "auditor");
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/admin/replays"))
                .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).isEqualTo(202);
        URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
        List<Double> duringReplay = new ArrayList<>();
        JsonNode replay;
        int n = 0;
        do {
            long start = System.nanoTime();
            HttpResponse<String> detail = send(HttpRequest.newBuilder(uri("/partnerships/" + ids.get(n++ % ids.size())))
                    .header("Authorization", "Bearer " + auditor).GET());
            duringReplay.add((System.nanoTime() - start) / 1e6);
            assertThat(detail.statusCode()).isEqualTo(200);
            replay = json.readTree(send(HttpRequest.newBuilder(location).header("Authorization", "Bearer " + admin)
                    .GET()).body());
        } while (replay.get("status").asText().equals("RUNNING"));

        assertThat(replay.get("status").asText()).as(replay.toString()).isEqualTo("COMPLETED");
        assertThat(replay.get("checksumsMatch").asBoolean()).isTrue();
        assertThat(replay.get("eventsDone").asLong()).isEqualTo(records.size());
        double[] sorted = duringReplay.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String report = String.format("""
                        Replay benchmark: %,d partnerships, %,d records
                        | what | figure |
                        |---|---|
                        | live consumption, publish to last record projected | %.1f s, %.0f records/s |
                        | replay, requested to switched | %.1f s, %s events/s |
                        | live tables held against writers by the switch | %s ms |
                        | detail reads during the replay | %d reads, p50 %.1f ms, p99 %.1f ms, max %.1f ms |
                        | checksums | rebuilt %s = live %s |
                        """, PARTNERSHIPS, records.size(), liveSeconds, records.size() / liveSeconds,
                Duration.between(java.time.Instant.parse(replay.get("requestedAt").asText()),
                        java.time.Instant.parse(replay.get("finishedAt").asText())).toMillis() / 1000.0,
                replay.get("eventsPerSecond").asText(), replay.get("liveHeldMillis").asText(), sorted.length,
                percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1],
                replay.get("rebuiltChecksum").asText().substring(0, 12),
                replay.get("liveChecksum").asText().substring(0, 12));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "replay-benchmark.md"), report);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
