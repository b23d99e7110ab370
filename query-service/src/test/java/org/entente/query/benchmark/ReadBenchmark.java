package org.entente.query.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.Http;
import org.entente.devstack.TestTokens;
import org.entente.events.EventCatalog;
import org.entente.query.TestStack;
import org.entente.query.benchmark.Portfolio.Timed;
import org.entente.query.portfolio.PartnershipFold;
import org.entente.query.portfolio.PartnershipState;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read performance (issue 4, requirement 6). Loads a portfolio of {@code entente.bench.partnerships} partnerships
 * (100,000 by default, about 2 million events) and one partnership of 1,000 events into the read models, then times
 * the portfolio, detail, history and as-of queries over HTTP, one client, one request at a time, after a warm-up.
 * The states are folded by the live view's own {@link PartnershipFold}; loading writes them with COPY instead of
 * through the topic, since what is measured is reading. Run it with
 * {@code ./mvnw -B -Pbench -pl query-service -am verify}; the figures go to {@code target/read-benchmark.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadBenchmark {

    private static final int PARTNERSHIPS = Integer.getInteger("entente.bench.partnerships", 100_000);
    private static final int SAMPLES = Integer.getInteger("entente.bench.samples", 2_000);
    private static final int LONG_ONE = PARTNERSHIPS;
    private static final int LONG_EVALUATIONS = 982;
    private static final int CHUNK = 2_000;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("defaultAxonObjectMapper")
    ObjectMapper json;
    @LocalServerPort
    int port;

    private final HttpClient http = Http.client();
    private final Random random = new Random(42);

    @Test
    void readsOverAPortfolioOfAHundredThousandPartnerships() throws Exception {
        long loadStart = System.nanoTime();
        long events = load();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partnership", Long.class)).isEqualTo(PARTNERSHIPS + 1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partnership_event", Long.class)).isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class,
                Portfolio.id(LONG_ONE))).isEqualTo(1_000);

        String auditor = TestTokens.token("cour-des-comptes", "auditor");
        String longId = Portfolio.id(LONG_ONE).toString();
        String middle = jdbc.queryForObject("SELECT occurred_at FROM partnership_event WHERE partnership_id = ? "
                + "AND sequence = 500", java.sql.Timestamp.class, Portfolio.id(LONG_ONE)).toInstant().toString();
        Map<String, Measured> results = new LinkedHashMap<>();
        results.put("portfolio of one institution (partner, status filter, page of 50)", measure(SAMPLES, i -> get(
                "/partnerships?status=ACTIVE&size=50", TestTokens.token(Portfolio.institution(random.nextInt(
                        Portfolio.INSTITUTIONS)), "partner"))));
        results.put("portfolio, auditor, type + territory + date range", measure(SAMPLES, i -> get(
                "/partnerships?type=FINANCIAL&territory=" + Portfolio.territory(random.nextInt(Portfolio.TERRITORIES))
                        + "&proposedFrom=2023-06-01T00:00:00Z&proposedTo=2025-06-01T00:00:00Z&size=50", auditor)));
        results.put("portfolio, auditor, all ACTIVE, sorted by title", measure(SAMPLES, i -> get(
                "/partnerships?status=ACTIVE&sort=title&direction=asc&size=50&page=" + random.nextInt(20), auditor)));
        results.put("detail", measure(SAMPLES, i -> get("/partnerships/" + randomId(), auditor)));
        results.put("history (first 100 steps)", measure(SAMPLES, i -> get("/partnerships/" + randomId()
                + "/history", auditor)));
        results.put("as-of version 999 of the 1,000-event partnership", measure(SAMPLES / 4, i -> get(
                "/partnerships/" + longId + "/state?version=999", auditor)));
        results.put("as-of an instant (event 500) of the 1,000-event partnership", measure(SAMPLES / 4, i -> get(
                "/partnerships/" + longId + "/state?asOf=" + middle, auditor)));

        JsonNode asOf = json.readTree(get("/partnerships/" + longId + "/state?version=999", auditor));
        assertThat(asOf.get("version").asLong()).isEqualTo(999);
        assertThat(asOf.get("evaluations")).hasSize(LONG_EVALUATIONS);
        report(events, loadSeconds, results);
    }

    /** Latencies of one query, in milliseconds. */
    record Measured(int samples, double p50, double p90, double p99, double max) {
    }

    private Measured measure(int samples, IntFunction<String> query) {
        for (int i = 0; i < Math.min(200, samples); i++) {
            query.apply(i);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            query.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Measured(samples, percentile(millis, 50), percentile(millis, 90), percentile(millis, 99),
                millis[samples - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
    }

    private String get(String path, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + path)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String randomId() {
        return Portfolio.id(random.nextInt(PARTNERSHIPS)).toString();
    }

    /** Writes the portfolio with COPY, a chunk of partnerships at a time; returns the number of events. */
    private long load() throws Exception {
        Portfolio portfolio = new Portfolio(PARTNERSHIPS);
        long events = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from <= PARTNERSHIPS; from += CHUNK) {
                Csv eventRows = new Csv();
                Csv partnershipRows = new Csv();
                Csv partnerRows = new Csv();
                for (int index = from; index < Math.min(from + CHUNK, PARTNERSHIPS + 1); index++) {
                    List<Timed> stream = portfolio.events(index, index == LONG_ONE ? LONG_EVALUATIONS : 3);
                    PartnershipState state = null;
                    for (int sequence = 0; sequence < stream.size(); sequence++) {
                        Timed timed = stream.get(sequence);
                        state = PartnershipFold.evolve(state, timed.event(), sequence, timed.at());
                        eventRows.row(UUID.nameUUIDFromBytes((index + "/" + sequence).getBytes()),
                                timed.event().partnershipId(), sequence,
                                EventCatalog.cloudEventType(timed.event().getClass()),
                                timed.at().truncatedTo(ChronoUnit.MICROS), "user-" + index,
                                Portfolio.institution(index), null, null, json.writeValueAsString(timed.event()));
                    }
                    events += stream.size();
                    partnershipRows.row(state.id(), state.reference(), state.title(), state.purpose(),
                            state.type().name(), json.writeValueAsString(state.legalBasis()),
                            json.writeValueAsString(state.territory()), state.status().name(), state.leadInstitutionId(),
                            json.writeValueAsString(state.terms().content()), state.terms().version(),
                            state.terms().hash(), state.proposedAt(), state.version(), state.lastEventAt(),
                            json.writeValueAsString(state));
                    for (PartnershipState.Partner partner : state.partners()) {
                        partnerRows.row(state.id(), partner.institutionId(), partner.name(), partner.kind().name(),
                                partner.role().name(), partner.status(), partner.since());
                    }
                }
                copy.copyIn("COPY partnership_event (event_id, partnership_id, sequence, type, occurred_at, actor_id, "
                        + "actor_institution, correlation_id, causation_id, data) FROM STDIN (FORMAT csv)",
                        eventRows.reader());
                copy.copyIn("COPY partnership (id, reference, title, purpose, type, legal_basis, territory, status, "
                        + "lead_institution_id, terms, terms_version, terms_hash, proposed_at, last_sequence, "
                        + "last_event_at, state) FROM STDIN (FORMAT csv)", partnershipRows.reader());
                copy.copyIn("COPY partnership_partner (partnership_id, institution_id, name, kind, role, status, since) "
                        + "FROM STDIN (FORMAT csv)", partnerRows.reader());
            }
        }
        jdbc.execute("VACUUM ANALYZE");
        return events;
    }

    /** Rows for COPY in CSV: every value quoted, null left empty. */
    private static final class Csv {

        private final StringBuilder text = new StringBuilder();

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                if (values[i] != null) {
                    text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }

        StringReader reader() {
            return new StringReader(text.toString());
        }
    }

    private void report(long events, double loadSeconds, Map<String, Measured> results) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format("Read benchmark: %,d partnerships, %,d events (loaded in %.0f s), %s%n%n",
                PARTNERSHIPS + 1, events, loadSeconds, jdbc.queryForObject(
                        "SELECT pg_size_pretty(pg_database_size(current_database()))", String.class)));
        table.append("| query | samples | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        results.forEach((query, m) -> table.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", query,
                m.samples(), m.p50(), m.p90(), m.p99(), m.max())));
        System.out.println(table);
        Path out = Path.of("target", "read-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }
}
