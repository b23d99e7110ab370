package org.entente.query.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.Http;
import org.entente.devstack.TestTokens;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replays (DESIGN §2, guarantee 4), on a real topic and database: the read models rebuilt from the topic into
 * fresh tables end with the checksum of the live ones at the same position, and replace them without a reader or a
 * feed client noticing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReplayIT {

    private static final String ADMIN = TestTokens.token("entente-ops", "admin");
    private static final String AUDITOR = TestTokens.token("cour-des-comptes", "auditor");

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void aFullReplay_rebuildsFreshTables_andEndsWithTheChecksumOfTheLiveOnes() throws Exception {
        UUID negotiated = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), negotiated);
        PublishedEvents.publishCounterProposal(stack.topic(), negotiated, 3, 2, new BigDecimal("150000.00"));
        UUID other = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), other);
        UUID poisoned = UUID.randomUUID();
        var unknown = PublishedEvents.cloudEvent(stack.topic(), 0, new org.entente.events.PartnershipEvent
                .PartnerInvited(poisoned, new org.entente.events.Institution("caf-57", "CAF",
                org.entente.events.Institution.Kind.SOCIAL_SECURITY_FUND), org.entente.events.PartnerRole.FUNDER,
                Instant.now()));
        unknown.headers().remove("ce_type").add("ce_type", "org.entente.partnership.Unheard.v1".getBytes());
        PublishedEvents.send(List.of(unknown));
        await().atMost(Duration.ofSeconds(30)).until(() -> version(negotiated) == 3 && version(other) == 2
                && jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE partnership_key = ?", Long.class,
                poisoned.toString()) == 1);
        String detailBefore = detail(negotiated).getBody();
        List<Map<String, Object>> positionsBefore = positions();

        ResponseEntity<String> started = http.exchange("/admin/replays", HttpMethod.POST, bearer(ADMIN, null),
                String.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(started.getHeaders().getLocation()).isNotNull();
        JsonNode replay = completed(started.getHeaders().getLocation());
        assertThat(replay.get("rebuiltChecksum").asText()).hasSize(64)
                .isEqualTo(replay.get("liveChecksum").asText());
        assertThat(replay.get("checksumsMatch").asBoolean()).isTrue();
        assertThat(replay.get("eventsDone").asLong()).isEqualTo(recordsOnTheTopic())
                .isEqualTo(replay.get("eventsTotal").asLong());
        assertThat(replay.get("eventsPerSecond").asDouble()).isPositive();
        assertThat(replay.get("position").size()).isPositive();
        assertThat(replay.get("requestedBy").asText()).isEqualTo("user-entente-ops");
        assertThat(replay.get("liveHeldMillis").asLong()).isNotNegative();

        // The rebuilt tables serve now, with the same content, the same feed positions, and the poison still parked.
        assertThat(detail(negotiated).getBody()).isEqualTo(detailBefore);
        assertThat(positions()).isEqualTo(positionsBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE partnership_key = ?", Long.class,
                poisoned.toString())).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE tablename ~ '_(r|old)[0-9]+$'"))
                .isEmpty();
        // ... and the live consumer writes to them.
        PublishedEvents.publishInvitation(stack.topic(), other, 3, "ville-de-metz");
        await().atMost(Duration.ofSeconds(30)).until(() -> version(other) == 3);
    }

    /**
     * Issue 21, requirement 5: after an erasure, a replay rebuilds read models equal to the live ones, checksums
     * included. They hold commitments, never a person's value, so nothing of the erased person can come back; the
     * erasure itself is in the rebuilt history.
     */
    @Test
    void afterAnErasure_aReplayRebuildsReadModelsEqualToTheLiveOnes_holdingCommitmentsOnly() throws Exception {
        UUID id = UUID.randomUUID();
        String erased = "sha256:" + "5e".repeat(32);
        PublishedEvents.publishProposal(stack.topic(), id);
        PublishedEvents.publish(stack.topic(), 3, new org.entente.events.PartnershipEvent.PersonalDataErased(id,
                List.of(erased), org.entente.events.ErasureGround.PERSON_REQUEST, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 3);
        String detailBefore = detail(id).getBody();

        JsonNode replay = completed(http.exchange("/admin/replays", HttpMethod.POST, bearer(ADMIN, null),
                String.class).getHeaders().getLocation());

        assertThat(replay.get("checksumsMatch").asBoolean()).isTrue();
        assertThat(replay.get("rebuiltChecksum").asText()).isEqualTo(replay.get("liveChecksum").asText());
        assertThat(detail(id).getBody()).isEqualTo(detailBefore);
        assertThat(jdbc.queryForList("SELECT data FROM partnership_event WHERE partnership_id = ? AND type LIKE "
                + "'%PersonalDataErased%'", String.class, id)).singleElement().asString().contains(erased);
    }

    @Test
    void whileTheLiveConsumerKeepsWriting_readersKeepBeingServed_andTheSwitchComparesAtOnePosition() throws Exception {
        List<UUID> earlier = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            earlier.add(UUID.randomUUID());
            PublishedEvents.publishProposal(stack.topic(), earlier.get(i));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> version(earlier.get(39)) == 2);
        List<UUID> during = new java.util.ArrayList<>();
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 40; i++) {
                UUID id = UUID.randomUUID();
                during.add(id);
                PublishedEvents.publishProposal(stack.topic(), id);
            }
        });

        URI location = http.exchange("/admin/replays", HttpMethod.POST, bearer(ADMIN, null), String.class)
                .getHeaders().getLocation();
        List<HttpStatus> servedWhileRunning = new java.util.ArrayList<>();
        while (replay(location).get("status").asText().equals("RUNNING")) {
            servedWhileRunning.add((HttpStatus) detail(earlier.get(servedWhileRunning.size() % 40)).getStatusCode());
        }
        JsonNode replay = completed(location);
        publishing.get(60, TimeUnit.SECONDS);

        assertThat(servedWhileRunning).containsOnly(HttpStatus.OK);
        assertThat(replay.get("rebuiltChecksum").asText()).isEqualTo(replay.get("liveChecksum").asText());
        await().atMost(Duration.ofSeconds(60)).until(() -> version(during.get(39)) == 2);
        for (UUID id : during) {
            assertThat(version(id)).isEqualTo(2);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partnership_event", Long.class))
                .isEqualTo(recordsOnTheTopic() - jdbc.queryForObject("SELECT count(*) FROM parked_event", Long.class));
    }

    @Test
    void aReplayFromAMoment_keepsWhatCameBefore_andRebuildsTheRest() throws Exception {
        UUID before = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), before);
        await().atMost(Duration.ofSeconds(30)).until(() -> version(before) == 2);
        Instant from = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        UUID after = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), after);
        PublishedEvents.publishCounterProposal(stack.topic(), after, 3, 2, new BigDecimal("90000.00"));
        await().atMost(Duration.ofSeconds(30)).until(() -> version(after) == 3);
        // A mark on one live event on each side of the moment: a replay from it copies what came before (the mark
        // stays) and reads the rest from the topic again (the mark goes). A replay that ignored the moment would
        // read both from the topic and wipe both marks.
        String original = jdbc.queryForObject("SELECT correlation_id FROM partnership_event WHERE partnership_id = ? "
                + "AND sequence = 0", String.class, before);
        mark(before);
        mark(after);

        ResponseEntity<String> started = http.exchange("/admin/replays", HttpMethod.POST,
                bearer(ADMIN, Map.of("from", from.toString(), "switchIfDifferent", true)), String.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode replay = completed(started.getHeaders().getLocation());
        assertThat(replay.get("from").asText()).isEqualTo(from.toString());
        assertThat(replay.get("checksumsMatch").asBoolean()).as("the mark after the moment differed").isFalse();
        assertThat(marked(before)).as("the event before the moment, copied").isTrue();
        assertThat(marked(after)).as("the event after it, read from the topic again").isFalse();
        assertThat(version(before)).isEqualTo(2);
        assertThat(version(after)).isEqualTo(3);
        // The other tests compare the live tables with the topic: the mark must not outlive this one.
        jdbc.update("UPDATE partnership_event SET correlation_id = ? WHERE partnership_id = ? AND sequence = 0",
                original, before);
    }

    private void mark(UUID partnership) {
        assertThat(jdbc.update("UPDATE partnership_event SET correlation_id = 'marked' WHERE partnership_id = ? "
                + "AND sequence = 0", partnership)).isEqualTo(1);
    }

    private boolean marked(UUID partnership) {
        return "marked".equals(jdbc.queryForObject("SELECT correlation_id FROM partnership_event "
                + "WHERE partnership_id = ? AND sequence = 0", String.class, partnership));
    }

    @Test
    void aFeedClient_receivesNothingAgain_whenTheReadModelsAreReplaced() throws Exception {
        UUID id = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), id);
        await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 2);
        long last = jdbc.queryForObject("SELECT max(position) FROM partnership_event", Long.class);

        completed(http.exchange("/admin/replays", HttpMethod.POST, bearer(ADMIN, null), String.class)
                .getHeaders().getLocation());
        CompletableFuture<JsonNode> next = firstFeedEventAfter(last);
        PublishedEvents.publishInvitation(stack.topic(), id, 3, "ville-de-metz");

        JsonNode received = next.get(30, TimeUnit.SECONDS);
        assertThat(received.get("partnershipId").asText()).isEqualTo(id.toString());
        assertThat(received.get("sequence").asLong()).isEqualTo(3);
    }

    @Test
    void readModelsThatDifferFromTheTopic_areReplacedOnlyWhenAsked() throws Exception {
        UUID id = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), id);
        await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 2);
        String original = json.readTree(detail(id).getBody()).get("title").asText();
        // A read model damaged behind the service's back.
        jdbc.update("UPDATE partnership SET title = 'Tampered', state = jsonb_set(state, '{title}', '\"Tampered\"') "
                + "WHERE id = ?", id);

        JsonNode refused = finished(http.exchange("/admin/replays", HttpMethod.POST, bearer(ADMIN, null),
                String.class).getHeaders().getLocation());

        assertThat(refused.get("status").asText()).isEqualTo("FAILED");
        assertThat(refused.get("checksumsMatch").asBoolean()).isFalse();
        assertThat(refused.get("error").asText()).contains("nothing was switched");
        assertThat(json.readTree(detail(id).getBody()).get("title").asText()).isEqualTo("Tampered");
        assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE tablename ~ '_(r|old)[0-9]+$'"))
                .isEmpty();

        JsonNode repaired = completed(http.exchange("/admin/replays", HttpMethod.POST,
                bearer(ADMIN, Map.of("switchIfDifferent", true)), String.class).getHeaders().getLocation());

        assertThat(repaired.get("checksumsMatch").asBoolean()).isFalse();
        assertThat(json.readTree(detail(id).getBody()).get("title").asText()).isEqualTo(original);
    }

    @Test
    void aSecondReplay_whileOneRuns_is409() throws Exception {
        long running = jdbc.queryForObject("INSERT INTO replay (status, requested_by, requested_at) "
                + "VALUES ('RUNNING', 'someone-else', now()) RETURNING id", Long.class);
        try {
            ResponseEntity<String> response = http.exchange("/admin/replays", HttpMethod.POST, bearer(ADMIN, null),
                    String.class);

            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(response.getBody()).get("code").asText()).isEqualTo("replay-running");
        } finally {
            jdbc.update("UPDATE replay SET status = 'FAILED' WHERE id = ?", running);
        }
    }

    @Test
    void badRequests_getAProblem_andStartNothing() throws Exception {
        long replays = jdbc.queryForObject("SELECT count(*) FROM replay", Long.class);

        ResponseEntity<String> future = http.exchange("/admin/replays", HttpMethod.POST,
                bearer(ADMIN, Map.of("from", Instant.now().plusSeconds(3600).toString())), String.class);
        ResponseEntity<String> unknownField = http.exchange("/admin/replays", HttpMethod.POST,
                bearer(ADMIN, Map.of("since", "2026-01-01T00:00:00Z")), String.class);
        ResponseEntity<String> notAnInstant = http.exchange("/admin/replays", HttpMethod.POST,
                bearer(ADMIN, Map.of("from", "yesterday")), String.class);
        ResponseEntity<String> missing = http.exchange("/admin/replays/987654", HttpMethod.GET, bearer(ADMIN, null),
                String.class);

        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(future.getBody()).get("code").asText()).isEqualTo("from-in-the-future");
        assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notAnInstant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM replay", Long.class)).isEqualTo(replays);
    }

    @Test
    void onlyAnAdmin_startsOrFollowsReplays() {
        for (String token : List.of(AUDITOR, TestTokens.token("ccas-metz", "partner", "signatory"),
                TestTokens.token("insee", "reporter"))) {
            assertThat(http.exchange("/admin/replays", HttpMethod.POST, bearer(token, null), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.exchange("/admin/replays", HttpMethod.GET, bearer(token, null), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private JsonNode completed(URI location) throws Exception {
        JsonNode replay = finished(location);
        assertThat(replay.get("status").asText()).as(replay.toString()).isEqualTo("COMPLETED");
        return replay;
    }

    private JsonNode finished(URI location) throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> !replay(location).get("status").asText().equals("RUNNING"));
        return replay(location);
    }

    private JsonNode replay(URI location) throws Exception {
        ResponseEntity<String> response = http.exchange(location, HttpMethod.GET, bearer(ADMIN, null), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private List<Map<String, Object>> positions() {
        return jdbc.queryForList("SELECT event_id, position FROM partnership_event ORDER BY event_id");
    }

    private long recordsOnTheTopic() {
        return stack.endOffsets().values().stream().mapToLong(Long::longValue).sum();
    }

    private CompletableFuture<JsonNode> firstFeedEventAfter(long position) throws Exception {
        HttpResponse<InputStream> response = Http.client().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/feed"))
                .header("Authorization", "Bearer " + AUDITOR).header("Last-Event-ID", Long.toString(position))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        return json.readTree(line.substring(5));
                    }
                }
                throw new IllegalStateException("The feed ended");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long version(UUID id) throws Exception {
        ResponseEntity<String> response = detail(id);
        return response.getStatusCode() == HttpStatus.OK ? json.readTree(response.getBody()).get("version").asLong()
                : -1;
    }

    private ResponseEntity<String> detail(UUID id) {
        return http.exchange("/partnerships/" + id, HttpMethod.GET, bearer(AUDITOR, null), String.class);
    }

    private static HttpEntity<Object> bearer(String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
