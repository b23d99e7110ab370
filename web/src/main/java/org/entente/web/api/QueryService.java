package org.entente.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.web.signin.SignedIn;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Function;

/** The query side's read endpoints, called as the signed-in person. */
@Component
public class QueryService {

    /** Calendar days are the partners' days, in France. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final java.time.Duration AWAIT_PROJECTION = java.time.Duration.ofSeconds(10);

    private final RestClient client;

    QueryService(ServiceUrls urls, SignedIn signedIn) {
        this.client = Clients.forService(urls.query(), signedIn);
    }

    public PortfolioPage portfolio(PortfolioFilter filter) {
        return get(uri -> {
            UriBuilder builder = uri.path("/partnerships")
                    .queryParam("sort", filter.sortOrDefault()).queryParam("direction", filter.directionOrDefault())
                    .queryParam("page", filter.pageOrFirst()).queryParam("size", filter.sizeOrDefault());
            optional(builder, "status", filter.status());
            optional(builder, "type", filter.type());
            optional(builder, "territory", blankToNull(filter.territory()));
            optional(builder, "q", blankToNull(filter.q()));
            optional(builder, "institution", blankToNull(filter.institution()));
            optional(builder, "proposedFrom", startOf(filter.proposedFrom()));
            optional(builder, "proposedTo", filter.proposedTo() == null ? null : startOf(filter.proposedTo().plusDays(1)));
            return builder.build();
        }, PortfolioPage.class);
    }

    public Partnership partnership(UUID id) {
        return get(uri -> uri.path("/partnerships/{id}").build(id), Partnership.class);
    }

    /**
     * The partnership once the query side shows at least {@code version}: the page a person lands on after a
     * step shows that step. Gives up after a few seconds and returns what there is (the page then catches up live).
     */
    public Partnership awaitVersion(UUID id, long version) {
        long deadline = System.nanoTime() + AWAIT_PROJECTION.toNanos();
        while (true) {
            try {
                Partnership partnership = partnership(id);
                if (partnership.version() >= version || System.nanoTime() > deadline) {
                    return partnership;
                }
            } catch (Refusal notYet) {
                if (!notYet.isNotFound() || System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Partnership asOf(UUID id, Instant instant) {
        return get(uri -> uri.path("/partnerships/{id}/state").queryParam("asOf", instant).build(id),
                Partnership.class);
    }

    public Partnership atVersion(UUID id, long version) {
        return get(uri -> uri.path("/partnerships/{id}/state").queryParam("version", version).build(id),
                Partnership.class);
    }

    public HistoryPage history(UUID id) {
        return get(uri -> uri.path("/partnerships/{id}/history").queryParam("size", 500).build(id),
                HistoryPage.class);
    }

    public JsonNode termsVersion(UUID id, int version) {
        return get(uri -> uri.path("/partnerships/{id}/terms/{version}").build(id, version), JsonNode.class);
    }

    public TermsDiff diff(UUID id, int from, int to) {
        return get(uri -> uri.path("/partnerships/{id}/terms/diff").queryParam("from", from).queryParam("to", to)
                .build(id), TermsDiff.class);
    }

    public JsonNode auditEvents(UUID id) {
        return get(uri -> uri.path("/audit/partnerships/{id}/events").build(id), JsonNode.class);
    }

    /**
     * The audit trail in one of the service's export formats, as the service wrote it; a personal value the vault
     * no longer opens reads {@code erased} (the reader's word for it).
     */
    public byte[] export(UUID id, MediaType format, String erased) {
        return call(() -> client.get().uri(uri -> uri.path("/audit/partnerships/{id}/events")
                        .queryParam("erased", "{erased}").build(id, erased))
                .accept(format).retrieve().body(byte[].class));
    }

    /** The partnership's chain and leaves as the query side's ledger monitor verified them. */
    public JsonNode verification(UUID id) {
        return get(uri -> uri.path("/audit/partnerships/{id}/verify").build(id), JsonNode.class);
    }

    /** The evidence package, for offline verification, as the query side wrote it. */
    public byte[] evidence(UUID id) {
        return call(() -> client.get().uri(uri -> uri.path("/audit/partnerships/{id}/evidence").build(id))
                .accept(MediaType.parseMediaType("application/zip"), MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve().body(byte[].class));
    }

    public Summary summary() {
        return get(uri -> uri.path("/reports/summary").build(), Summary.class);
    }

    private <T> T get(Function<UriBuilder, URI> uri, Class<T> type) {
        return call(() -> client.get().uri(uri).retrieve().body(type));
    }

    private static <T> T call(java.util.function.Supplier<T> request) {
        return Clients.call("query-service", request);
    }

    private static void optional(UriBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).toInstant();
    }
}
