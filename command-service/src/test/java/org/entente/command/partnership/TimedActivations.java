package org.entente.command.partnership;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Partnerships taken from proposal to activation over HTTP, one request at a time, each request timed: the
 * proposal, the steps between, and the last signature, whose transaction keeps the partnership's due items. Their
 * terms run for 2025 and renew tacitly, so their items fall due within the year.
 */
final class TimedActivations {

    private static final String BODY = Proposals.enfanceJeunesse(CCAS, CAF, LIGUE).replace(
            "\"duration\": {\"start\": \"2026-01-01\", \"end\": \"2029-12-31\", \"renewal\": \"EXPLICIT\"",
            "\"duration\": {\"start\": \"2025-01-01\", \"end\": \"2025-12-31\", \"renewal\": \"TACIT\"");

    private final LifecycleHttp http;
    private final JdbcTemplate jdbc;
    private String termsHash;
    private int count;

    TimedActivations(LifecycleHttp http, JdbcTemplate jdbc) {
        assertThat(BODY).contains("\"renewal\": \"TACIT\"");
        this.http = http;
        this.jdbc = jdbc;
    }

    /** Activates {@code partnerships} more, and the time each of their requests took. */
    Figures activate(int partnerships) {
        List<Long> proposals = new ArrayList<>();
        List<Long> between = new ArrayList<>();
        List<Long> activating = new ArrayList<>();
        for (int n = 0; n < partnerships; n++) {
            String[] id = new String[1];
            proposals.add(timed(() -> {
                ResponseEntity<String> answer = http.post(CCAS, "/partnerships", BODY, null);
                id[0] = http.read(answer).get("partnershipId").asText();
                return answer;
            }));
            String p = "/partnerships/" + id[0];
            between.add(timed(() -> http.post(CAF, p + "/acceptance", null, null)));
            between.add(timed(() -> http.post(LIGUE, p + "/acceptance", null, null)));
            String signature = "{\"termsHash\":\"" + termsHash(id[0]) + "\",\"capacity\":\"Director\"}";
            for (String institution : List.of(CCAS, CAF, LIGUE)) {
                between.add(timed(() -> http.post(institution, p + "/terms/1/approvals", "{}", null)));
            }
            between.add(timed(() -> http.post(CCAS, p + "/signatures", signature, null)));
            between.add(timed(() -> http.post(CAF, p + "/signatures", signature, null)));
            activating.add(timed(() -> http.post(LIGUE, p + "/signatures", signature, null)));
            count++;
        }
        return new Figures(sorted(proposals), sorted(between), sorted(activating));
    }

    int count() {
        return count;
    }

    /** The same terms for every partnership, so the same hash: read once from the first one's events. */
    private String termsHash(String partnershipId) {
        if (termsHash == null) {
            termsHash = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::jsonb ->> 'termsHash' FROM "
                    + "DomainEventEntry WHERE aggregateIdentifier = ? AND convert_from(payload, 'UTF8')::jsonb ->> "
                    + "'termsHash' IS NOT NULL ORDER BY sequenceNumber LIMIT 1", String.class, partnershipId);
        }
        return termsHash;
    }

    private static long timed(Supplier<ResponseEntity<String>> request) {
        long began = System.nanoTime();
        ResponseEntity<String> answer = request.get();
        long nanos = System.nanoTime() - began;
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
        return nanos;
    }

    private static long[] sorted(List<Long> nanos) {
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(all);
        return all;
    }

    /** Each kind of request's times, sorted. */
    record Figures(long[] proposals, long[] between, long[] activating) {

        /** Three rows of a Markdown table, with the schedule's size as it was. */
        String rows(String schedule) {
            return String.join("\n", row("`POST /partnerships`", schedule, proposals),
                    row("acceptances, approvals, first two signatures", schedule, between),
                    row("the last signature (activates; keeps the items)", schedule, activating));
        }

        private static String row(String what, String schedule, long[] sorted) {
            return String.format("| %s | %s | %.1f | %.1f | %.1f | %.1f |", what, schedule, at(sorted, 0.50),
                    at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * quantile) - 1)] / 1e6;
        }
    }
}
