package org.entente.query.deadlines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.entente.devstack.TestTokens;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Deadlines read from events on a real topic: a partnership's, an institution's across its partnerships, and its
 * calendar feed at a secret URL, read back by a real iCalendar parser. Today is 1 December 2026 here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DeadlinesIT.Today.class)
class DeadlinesIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @TestConfiguration
    static class Today {
        @Bean
        @Primary
        Clock today() {
            return Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void anActivePartnership_listsItsEvaluations_reports_andTermEnd_inDateOrder() throws Exception {
        UUID id = active();

        JsonNode deadlines = get("/partnerships/" + id + "/deadlines", partner("ccas-metz")).get("deadlines");

        assertThat(deadlines.findValuesAsText("kind").subList(0, 3))
                .containsExactly("EVALUATION", "FINANCIAL_REPORT", "EVALUATION");
        assertThat(deadlines.get(0).get("date").asText()).isEqualTo("2027-01-01");
        assertThat(deadlines.get(0).get("standing").asText()).isEqualTo("COMING");
        assertThat(deadlines.get(0).get("lateFrom").asText()).isEqualTo("2027-01-31");
        assertThat(deadlines.get(1).get("date").asText()).isEqualTo("2027-06-30");
        // The term's last year is evaluated, and its compte rendu financier filed, after the term ended.
        assertThat(deadlines.findValuesAsText("kind").subList(deadlines.size() - 3, deadlines.size()))
                .containsExactly("TERM_END", "EVALUATION", "FINANCIAL_REPORT");
        assertThat(deadlines.get(deadlines.size() - 3).get("date").asText()).isEqualTo("2029-12-31");
    }

    @Test
    void anEvaluation_fallsDue_isOverdue_andGoesOnceRecorded() throws Exception {
        UUID id = active();
        LocalDate due = LocalDate.of(2027, 1, 1);
        publish(id, 13, new EvaluationFallenDue(id, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), due,
                Instant.now()));
        awaitFirst(id, "DUE");
        publish(id, 14, new EvaluationOverdue(id, due, 30, Instant.now()));
        awaitFirst(id, "OVERDUE");

        publish(id, 15, new EvaluationRecorded(id, UUID.randomUUID(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(new EvaluationRecorded.Measurement("places", BigDecimal.TEN)),
                "Bien", 4, List.of(), "ccas-metz", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                get("/partnerships/" + id + "/deadlines", partner("ccas-metz")).get("deadlines"))
                .noneMatch(deadline -> deadline.get("kind").asText().equals("EVALUATION")
                        && deadline.get("date").asText().equals("2027-01-01")));
    }

    @Test
    void theWorkspace_listsAnInstitutionsDeadlines_withinAYear_andNotAnotherInstitutions() throws Exception {
        UUID id = active();

        JsonNode mine = get("/deadlines", partner("caf-57"));
        JsonNode theirs = get("/deadlines", partner("other-town"));

        assertThat(mine.get("today").asText()).isEqualTo("2026-12-01");
        assertThat(mine.get("deadlines")).anyMatch(deadline -> deadline.get("partnershipId").asText()
                .equals(id.toString()) && deadline.get("reference").asText().equals("CEJ-57"));
        assertThat(mine.get("deadlines").findValuesAsText("date")).allMatch(date -> date.compareTo("2027-12-01") <= 0);
        assertThat(theirs.get("deadlines").findValuesAsText("partnershipId")).doesNotContain(id.toString());
        assertThat(exchange(HttpMethod.GET, "/deadlines", TestTokens.token("caf-57", "reporter"), null)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aPartnerOpensACalendarFeed_thatACalendarReadsWithoutSigningIn() throws Exception {
        UUID id = active();
        String path = open("ligue-57", "fr").get("path").asText();

        ResponseEntity<String> feed = http.getForEntity(path, String.class);

        assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(feed.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .isTrue();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(event -> event.getSummary().getValue(),
                event -> event.getDateTimeStart().getValue()).contains(
                tuple("Évaluation attendue — CEJ-57 Contrat Enfance Jeunesse Metz-Nord", "20270101"),
                tuple("Fin de la convention — CEJ-57 Contrat Enfance Jeunesse Metz-Nord", "20291231"));
        assertThat(events).extracting(event -> event.getUid().get().getValue())
                .contains(id + "-evaluation-2027-01-01@entente").doesNotHaveDuplicates();
    }

    @Test
    void aCalendarFeed_speaksEnglish_whenAsked() throws Exception {
        active();
        String path = open("ligue-57", "en").get("path").asText();

        assertThat(http.getForObject(path, String.class)).contains("SUMMARY:Evaluation due — CEJ-57");
    }

    @Test
    void aNewFeed_revokesTheOneBefore_andARevokedFeed_isNotFound() throws Exception {
        String first = open("caf-57", "fr").get("path").asText();
        String second = open("caf-57", "fr").get("path").asText();

        assertThat(http.getForEntity(first, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity(second, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/calendar-feeds/current", partner("caf-57")).get("language").asText()).isEqualTo("fr");

        assertThat(exchange(HttpMethod.DELETE, "/calendar-feeds/current", partner("caf-57"), null)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.getForEntity(second, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> again = exchange(HttpMethod.DELETE, "/calendar-feeds/current", partner("caf-57"),
                null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(again.getBody()).get("code").asText()).isEqualTo("not-found");
    }

    @Test
    void feedsMadeAtOnce_takeTurns_andLeaveOneOpen() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<String>>> made;
        try {
            made = pool.invokeAll(Collections.nCopies(8, () -> exchange(HttpMethod.POST, "/calendar-feeds",
                    partner("ville-de-metz"), "{}")), 60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        List<Integer> open = new java.util.ArrayList<>();
        for (Future<ResponseEntity<String>> feed : made) {
            assertThat(feed.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
            open.add(http.getForEntity(json.readTree(feed.get().getBody()).get("path").asText(), String.class)
                    .getStatusCode().value());
        }
        assertThat(open).containsOnlyOnce(200).containsOnly(200, 404);
    }

    @Test
    void anUnknownSecret_isNotFound_andOnlyPartnersManageFeeds() throws Exception {
        ResponseEntity<String> unknown = http.getForEntity("/calendar-feeds/nope.ics", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        ResponseEntity<String> reporter = exchange(HttpMethod.POST, "/calendar-feeds",
                TestTokens.token("caf-57", "reporter"), "{}");
        assertThat(reporter.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange(HttpMethod.POST, "/calendar-feeds", null, "{}").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> german = exchange(HttpMethod.POST, "/calendar-feeds", partner("caf-57"),
                "{\"language\":\"de\"}");
        assertThat(german.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(german.getBody()).get("code").asText()).isEqualTo("unknown-language");
    }

    private JsonNode open(String institution, String language) throws Exception {
        ResponseEntity<String> created = exchange(HttpMethod.POST, "/calendar-feeds", partner(institution),
                "{\"language\":\"" + language + "\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(created.getBody());
    }

    /** The published proposal, agreed, signed and activated: 2026 to 2029, evaluated yearly, funded by the CAF. */
    private UUID active() {
        UUID id = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), id);
        long next = PublishedEvents.publishAgreedAndSigned(stack.topic(), id, 3, "ccas-metz");
        publish(id, next, new PartnershipActivated(id, 1, LocalDate.of(2026, 1, 1), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/partnerships/" + id + "/deadlines",
                partner("ccas-metz")).get("deadlines").size() > 0);
        return id;
    }

    private void awaitFirst(UUID id, String standing) {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/partnerships/" + id + "/deadlines",
                partner("ccas-metz")).get("deadlines").get(0).get("standing").asText().equals(standing));
    }

    private static void publish(UUID id, long sequence, PartnershipEvent event) {
        PublishedEvents.publish(stack.topic(), sequence, event);
    }

    private static String partner(String institution) {
        return TestTokens.token(institution, "partner");
    }

    private JsonNode get(String path, String token) throws Exception {
        ResponseEntity<String> response = exchange(HttpMethod.GET, path, token, null);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> exchange(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
