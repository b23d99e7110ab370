package org.entente.cli.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bodies of the load's partnerships, from the Val de Fensch seed: its proposal, and two versions of the
 * terms that amendments alternate between. A terms hash depends on the content alone, so each version's hash is
 * read once from the query side, as a partner reads it before approving, and reused by every partnership.
 */
public final class LoadTerms {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = Http.client();

    private final ObjectNode proposal;
    private final JsonNode original;
    private final JsonNode amended;
    private final URI queryService;
    private final String auditor;
    private final Map<Boolean, String> hashes = new ConcurrentHashMap<>();

    public LoadTerms(Path seed, URI queryService, DevSigningKey key) throws IOException {
        this.proposal = (ObjectNode) JSON.readTree(Files.readString(seed.resolve("01-propose.json")));
        this.original = proposal.get("terms");
        this.amended = JSON.readTree(Files.readString(seed.resolve("02-amended-terms.json"))).get("terms");
        this.queryService = queryService;
        this.auditor = key.mint(TokenClaims.of("chaos-auditor", "Chaos auditor", "entente", List.of("auditor")),
                Duration.ofHours(3));
    }

    private LoadTerms(LoadTerms from, ObjectNode proposal) {
        this.proposal = proposal;
        this.original = proposal.get("terms");
        this.amended = from.amended;
        this.queryService = from.queryService;
        this.auditor = from.auditor;
    }

    /**
     * The same convention, brought in two years into its life: a term of the two years before {@code today}'s,
     * renewed tacitly unless notice is given 90 days before its end, so that its evaluations, reminders and term
     * end are all due as it is activated. Its own hashes, read from the query side like the others'.
     */
    public LoadTerms lapsed(LocalDate today) {
        ObjectNode body = proposal.deepCopy();
        ObjectNode duration = ((ObjectNode) body.get("terms")).putObject("duration");
        duration.put("start", LocalDate.of(today.getYear() - 2, 1, 1).toString());
        duration.put("end", LocalDate.of(today.getYear() - 1, 12, 31).toString());
        duration.put("renewal", "TACIT");
        duration.put("noticePeriodDays", 90);
        return new LoadTerms(this, body);
    }

    public String proposal(int number) {
        ObjectNode body = proposal.deepCopy();
        body.put("reference", String.format("CHAOS-%04d", number));
        return body.toString();
    }

    /** The terms of amendment {@code cycle} (1, 2, …): the amended ones, then the original ones again, in turn. */
    String termsProposal(int cycle) {
        ObjectNode body = JSON.createObjectNode();
        body.put("baseVersion", cycle);
        body.put("rationale", "Amendment " + cycle + " of the fault battery");
        body.set("terms", amendedIn(cycle) ? amended : original);
        return body.toString();
    }

    static boolean amendedIn(int cycle) {
        return cycle % 2 == 1;
    }

    /**
     * The hash of the original ({@code amended} false) or amended terms, read once from the query side on the
     * partnership that proposed them first, once it shows them at {@code termsVersion}.
     */
    String hash(boolean amendedTerms, String partnershipId, int termsVersion) throws InterruptedException {
        String known = hashes.get(amendedTerms);
        if (known != null) {
            return known;
        }
        String read = read(partnershipId, termsVersion);
        hashes.putIfAbsent(amendedTerms, read);
        return hashes.get(amendedTerms);
    }

    private String read(String partnershipId, int termsVersion) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(queryService.resolve("/partnerships/" + partnershipId))
                .header("Authorization", "Bearer " + auditor).timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode terms = JSON.readTree(response.body()).path("terms");
                    if (terms.path("version").asInt() == termsVersion) {
                        return terms.path("hash").asText();
                    }
                }
            } catch (IOException notAnsweringYet) {
                // The query side may be down at this moment of the battery: it comes back.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The query side never showed terms version " + termsVersion + " of "
                + partnershipId);
    }
}
