package org.entente.command.partnership;

import org.entente.devstack.MovableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.command.CommandServiceApplication;
import org.entente.command.TestStack;
import org.entente.calendar.DueItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.command.partnership.Dated.PARIS;
import static org.entente.command.partnership.Dated.midnight;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Time acted on by the real scheduler in the service's PostgreSQL, its clock moved by the test (issue 20): a
 * partnership of 2026 renewing tacitly is reminded of its notice deadline, refuses a notice after it, renews once
 * as 2027 begins and has its evaluation fall due, each recorded once with the actor {@code system}; an item sent
 * again records nothing.
 */
@SpringBootTest(classes = {CommandServiceApplication.class, DeadlinesIT.ClockMovedByTheTest.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "db-scheduler.polling-interval=200ms")
class DeadlinesIT {

    static final MovableClock CLOCK = new MovableClock(midnight(LocalDate.of(2026, 3, 2)), PARIS);

    /** Not a component: no other test's scan finds it, only this test names it. */
    static class ClockMovedByTheTest {

        /** Preferred to the service's clock: decisions and scheduler read this one. */
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PassageOfTime passageOfTime;
    @Autowired
    CalendarBackfill backfill;

    @Test
    void aTacitTerm_isReminded_refusesLateNotice_andRenewsOnce_asItsDaysBegin() {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String id = activeTacit2026(http);
        assertThat(scheduled(id)).containsExactly(
                "notice-deadline-approaching:2026-09-02", "notice-deadline-approaching:2026-09-25",
                "evaluation-due:2027-01-01", "financial-report-due:2027-01-01", "term-end:2027-01-01",
                "evaluation-overdue:2027-01-31", "financial-report-overdue:2027-07-01");

        CLOCK.moveTo(midnight(LocalDate.of(2026, 9, 2)));
        awaitRecorded(id, "NoticeDeadlineApproaching", 1);

        CLOCK.moveTo(midnight(LocalDate.of(2026, 10, 3)));
        awaitRecorded(id, "NoticeDeadlineApproaching", 2);
        ResponseEntity<String> late = http.post(CAF, "/partnerships/" + id + "/notice-of-non-renewal",
                "{\"reason\":\"The programme ends\"}", null);
        assertThat(late.getStatusCode().value()).isEqualTo(409);
        assertThat(http.read(late).get("code").asText()).isEqualTo("notice-deadline-passed");
        assertThat(effectiveDates(id, "NoticeDeadlineApproaching")).as("the first on its day, the second 8 days late")
                .containsExactly("as recorded", "2026-09-25");

        CLOCK.moveTo(midnight(LocalDate.of(2027, 1, 1)));
        awaitRecorded(id, "PartnershipRenewedTacitly", 1);
        awaitRecorded(id, "EvaluationFallenDue", 1);
        passageOfTime.act(UUID.fromString(id), DueItem.Kind.TERM_END, LocalDate.of(2027, 1, 1));

        assertThat(counts(id)).containsEntry("PartnershipRenewedTacitly", 1L).containsEntry("EvaluationFallenDue", 1L)
                .containsEntry("NoticeDeadlineApproaching", 2L).doesNotContainKey("NoticeOfNonRenewalGiven");
        assertThat(scheduled(id)).contains("term-end:2028-01-01", "evaluation-overdue:2027-01-31")
                .doesNotContain("term-end:2027-01-01");
        assertThat(jdbc.queryForList("SELECT convert_from(metaData, 'UTF8') FROM DomainEventEntry WHERE "
                + "aggregateIdentifier = ? AND payloadType LIKE '%RenewedTacitly'", String.class, id))
                .singleElement().satisfies(meta -> assertThat(json.readTree(meta).get("actorId").asText())
                        .isEqualTo("system"));
    }

    /**
     * Issue 20, requirement 1: the funded year's compte rendu financier falls due by itself as the year ends; a
     * partner files it, once, and it then leaves the schedule instead of becoming overdue.
     */
    @Test
    void aFundedYearsReport_fallsDueAsTheYearEnds_isFiledOnce_andIsThenNeverOverdue() {
        CLOCK.moveTo(midnight(LocalDate.of(2026, 3, 2)));
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String id = activeTacit2026(http);
        String reports = "/partnerships/" + id + "/financial-reports";
        String report = "{\"periodEnd\":\"2026-12-31\",\"amount\":19850.40,\"summary\":\"Prestation dépensée\"}";
        ResponseEntity<String> early = http.post(CCAS, reports, report, null);
        assertThat(early.getStatusCode().value()).isEqualTo(409);
        assertThat(http.read(early).get("code").asText()).isEqualTo("no-report-owed");

        CLOCK.moveTo(midnight(LocalDate.of(2027, 1, 1)));
        awaitRecorded(id, "ObligationFallenDue", 1);
        ResponseEntity<String> cents = http.post(CCAS, reports, report.replace("19850.40", "19850.405"), null);
        assertThat(cents.getStatusCode().value()).isEqualTo(400);
        assertThat(http.post(CCAS, reports, report, null).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> again = http.post(CAF, reports, report, null);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(http.read(again).get("code").asText()).isEqualTo("no-report-owed");

        assertThat(counts(id)).containsEntry("ObligationFallenDue", 1L).containsEntry("ObligationFulfilled", 1L);
        assertThat(scheduled(id)).doesNotContain("financial-report-overdue:2027-07-01")
                .contains("financial-report-due:2028-01-01", "financial-report-overdue:2028-07-01");
    }

    /** Issue 20: an installation upgraded to the scheduler had partnerships in force, with nothing scheduled. */
    @Test
    void aPartnershipInForceBeforeTheScheduler_getsItsItems_fromTheUpgradesBackfill_once() {
        CLOCK.moveTo(midnight(LocalDate.of(2026, 3, 2)));
        String id = activeTacit2026(new LifecycleHttp(rest, json));
        List<String> kept = scheduled(id);
        jdbc.update("DELETE FROM scheduled_tasks WHERE task_instance LIKE ?", id + ":%");

        assertThat(backfill.keepEveryCalendar()).isPositive();
        assertThat(scheduled(id)).isEqualTo(kept).hasSize(7);
        backfill.keepEveryCalendar();
        assertThat(scheduled(id)).isEqualTo(kept);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'calendar-backfill'",
                Long.class)).as("the upgrade's task, run once at the start and gone").isZero();
        assertThat(counts(id)).doesNotContainKeys("NoticeDeadlineApproaching", "EvaluationFallenDue");
    }

    private String activeTacit2026(LifecycleHttp http) {
        String body = Proposals.enfanceJeunesse(CCAS, CAF, LIGUE)
                .replace("\"end\": \"2029-12-31\", \"renewal\": \"EXPLICIT\"", "\"end\": \"2026-12-31\", "
                        + "\"renewal\": \"TACIT\"");
        assertThat(body).contains("TACIT");
        String id = http.read(http.post(CCAS, "/partnerships", body, null)).get("partnershipId").asText();
        String p = "/partnerships/" + id;
        http.post(CAF, p + "/acceptance", null, null);
        http.post(LIGUE, p + "/acceptance", null, null);
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            http.post(institution, p + "/terms/1/approvals", "{}", null);
        }
        String hash = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry WHERE "
                + "aggregateIdentifier = ? AND sequenceNumber = 0", String.class, id);
        String termsHash = http.read(ResponseEntity.ok(hash)).get("termsHash").asText();
        for (String institution : List.of(CCAS, CAF, LIGUE)) {
            assertThat(http.post(institution, p + "/signatures", "{\"termsHash\":\"" + termsHash
                    + "\",\"capacity\":\"Director\"}", null).getStatusCode().value()).isEqualTo(200);
        }
        return id;
    }

    private List<String> scheduled(String id) {
        return jdbc.queryForList("SELECT task_instance FROM scheduled_tasks WHERE task_instance LIKE ? "
                + "ORDER BY execution_time, task_instance", String.class, id + ":%").stream()
                .map(instance -> instance.substring(id.length() + 1)).toList();
    }

    private void awaitRecorded(String id, String type, long count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .alias(type + " recorded " + count + " times for " + id)
                .until(() -> counts(id).getOrDefault(type, 0L) >= count);
    }

    /** The effective date in each event of a type's metadata, in order; "as recorded" where there is none. */
    private List<String> effectiveDates(String id, String type) {
        return jdbc.queryForList("SELECT convert_from(metaData, 'UTF8') FROM DomainEventEntry WHERE "
                + "aggregateIdentifier = ? AND payloadType LIKE ? ORDER BY sequenceNumber", String.class, id,
                "%" + type).stream().map(this::effectiveDateIn).toList();
    }

    private String effectiveDateIn(String metaData) {
        try {
            return json.readTree(metaData).path("effectiveDate").asText("as recorded");
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private Map<String, Long> counts(String id) {
        return jdbc.queryForList("SELECT payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                        String.class, id).stream().map(type -> type.substring(type.lastIndexOf('$') + 1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
