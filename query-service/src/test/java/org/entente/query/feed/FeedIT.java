package org.entente.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.Http;
import org.entente.devstack.TestTokens;
import org.entente.events.PartnershipType;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The live feed: what the caller may see, as it happens, resumable after a disconnection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    /** One server-sent event: its id and its data. */
    record Received(String id, JsonNode data) {
    }

    @Test
    void aPartner_receivesItsPartnershipsEvents_andResumesAfterTheLastOneItGot() throws Exception {
        String token = TestTokens.token("other-town", "partner");
        UUID notTheirs = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        CompletableFuture<List<Received>> first = read(token, null, 3);
        PublishedEvents.publishProposal(stack.topic(), notTheirs);
        PublishedEvents.publishProposal(stack.topic(), theirs, "Town project", PartnershipType.PROJECT, "57000",
                "other-town");

        List<Received> received = first.get(30, TimeUnit.SECONDS);
        List<Received> resumed = read(token, received.get(1).id(), 1).get(30, TimeUnit.SECONDS);

        assertThat(received).extracting(r -> r.data().get("partnershipId").asText()).containsOnly(theirs.toString());
        assertThat(received).extracting(r -> r.data().get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        assertThat(resumed).extracting(Received::id).containsExactly(received.get(2).id());
    }

    @Test
    void aFeedFromTheLatest_sendsOnlyWhatHappensAfterItOpened() throws Exception {
        String auditor = TestTokens.token("cour-des-comptes", "auditor");
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), before);
        // All three events of the first proposal (a proposal and two invitations) are in the log before it opens.
        read(auditor, null, Integer.MAX_VALUE, "", received -> received.stream()
                .filter(r -> r.data().get("partnershipId").asText().equals(before.toString())).count() == 3)
                .get(30, TimeUnit.SECONDS);

        CompletableFuture<List<Received>> fromLatest = read(auditor, null, 3, "?from=latest", received -> false);
        PublishedEvents.publishProposal(stack.topic(), after);

        assertThat(fromLatest.get(30, TimeUnit.SECONDS)).extracting(r -> r.data().get("partnershipId").asText())
                .containsOnly(after.toString());
    }

    @Test
    void aReporter_hasNoFeed_403() throws Exception {
        HttpResponse<String> response = Http.client().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/feed"))
                .header("Authorization", "Bearer " + TestTokens.token("insee", "reporter")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** Opens the feed and collects {@code count} events, then closes it. */
    private CompletableFuture<List<Received>> read(String token, String lastEventId, int count) throws Exception {
        return read(token, lastEventId, count, "", received -> false);
    }

    /** Collects events until {@code count} are in or {@code enough} says so. */
    private CompletableFuture<List<Received>> read(String token, String lastEventId, int count, String query,
            java.util.function.Predicate<List<Received>> enough) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feed" + query))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = Http.client().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> {
            List<Received> events = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String id = null;
                for (String line = lines.readLine(); line != null && events.size() < count
                        && !enough.test(events); line = lines.readLine()) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        events.add(new Received(id, json.readTree(line.substring(5))));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return events;
        });
    }
}
