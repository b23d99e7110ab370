package org.entente.calendar;

import org.entente.events.Terms.Duration.Renewal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.calendar.DueItem.Kind.EVALUATION_DUE;
import static org.entente.calendar.DueItem.Kind.EVALUATION_OVERDUE;
import static org.entente.calendar.DueItem.Kind.NOTICE_DEADLINE_APPROACHING;
import static org.entente.calendar.DueItem.Kind.TERM_END;

class DueItemsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Term THREE_YEARS_TACIT = new Term(LocalDate.parse("2024-01-01"),
            LocalDate.parse("2026-12-31"), Renewal.TACIT, 90);

    @Test
    void aThreeYearTacitTerm_evaluatedYearly_hasItsEvaluationsRemindersAndEnd_inDateOrder() {
        assertThat(DueItems.of(THREE_YEARS_TACIT, Cadence.of("yearly"), CalendarRules.DEFAULT)).containsExactly(
                item(EVALUATION_DUE, "2025-01-01"), item(EVALUATION_OVERDUE, "2025-01-31"),
                item(EVALUATION_DUE, "2026-01-01"), item(EVALUATION_OVERDUE, "2026-01-31"),
                item(NOTICE_DEADLINE_APPROACHING, "2026-09-02"), item(NOTICE_DEADLINE_APPROACHING, "2026-09-25"),
                item(EVALUATION_DUE, "2027-01-01"), item(TERM_END, "2027-01-01"),
                item(EVALUATION_OVERDUE, "2027-01-31"));
    }

    @Test
    void theNoticeDeadline_isTheTermsLastDayLessTheNoticePeriod_andClosesAsTheNextParisDayBegins() {
        assertThat(THREE_YEARS_TACIT.noticeDeadline()).isEqualTo("2026-10-02");
        // Summer time in Paris (UTC+2) on 3 October: the day begins at 22:00 UTC the evening before.
        assertThat(THREE_YEARS_TACIT.noticeClosesAt(PARIS)).isEqualTo(Instant.parse("2026-10-02T22:00:00Z"));
        // Winter time (UTC+1) on 1 January.
        assertThat(THREE_YEARS_TACIT.endsAt(PARIS)).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    }

    @Test
    void aTermWithoutTacitRenewal_remindsOfNoNoticeDeadline() {
        Term explicit = new Term(LocalDate.parse("2024-01-01"), LocalDate.parse("2026-12-31"), Renewal.EXPLICIT, 90);

        assertThat(DueItems.of(explicit, Optional.empty(), CalendarRules.DEFAULT))
                .containsExactly(item(TERM_END, "2027-01-01"));
    }

    @Test
    void aReminderThatWouldFallBeforeTheTermBegins_isLeftOut() {
        Term shortNotice = new Term(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), Renewal.TACIT, 60);

        // The deadline is 30 January: a month before it is 31 December, before the term; a week before, 23 January.
        assertThat(DueItems.of(shortNotice, Optional.empty(), CalendarRules.DEFAULT)).containsExactly(
                item(NOTICE_DEADLINE_APPROACHING, "2026-01-23"), item(TERM_END, "2026-04-01"));
    }

    @Test
    void aTermFrom29February_keepsItsDayInLeapYears_andTheMonthsLastDayInOthers() {
        Term leap = new Term(LocalDate.parse("2024-02-29"), LocalDate.parse("2028-02-28"), Renewal.NONE, 0);

        assertThat(DueItems.evaluationsDue(leap, Cadence.of("annuelle").orElseThrow())).containsExactly(
                LocalDate.parse("2025-02-28"), LocalDate.parse("2026-02-28"), LocalDate.parse("2027-02-28"),
                LocalDate.parse("2028-02-29"));
    }

    @Test
    void theLastPeriodShorterThanTheCadence_isEvaluatedAsTheTermEnds() {
        Term sevenMonths = new Term(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-07-31"), Renewal.NONE, 0);

        assertThat(DueItems.evaluationsDue(sevenMonths, Cadence.of("semestrielle").orElseThrow()))
                .containsExactly(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-08-01"));
    }

    @Test
    void theCadence_isReadFromFrenchOrEnglishWords_andUnknownWordsMakeNoDueDate() {
        assertThat(Cadence.of("  Annuelle ")).contains(new Cadence.Every(java.time.Period.ofYears(1)));
        assertThat(Cadence.of("À l’échéance")).contains(new Cadence.AtTheEnd());
        assertThat(Cadence.of("TRIMESTRIEL")).contains(new Cadence.Every(java.time.Period.ofMonths(3)));
        assertThat(Cadence.of("when the committee decides")).isEmpty();
        assertThat(Cadence.of(null)).isEmpty();
    }

    @Test
    void anItemsId_namesThePartnershipTheKindAndTheDate() {
        assertThat(item(TERM_END, "2027-01-01").id("8f0e")).isEqualTo("8f0e:term-end:2027-01-01");
        assertThat(item(NOTICE_DEADLINE_APPROACHING, "2026-09-02").id("8f0e"))
                .isEqualTo("8f0e:notice-deadline-approaching:2026-09-02");
    }

    @Test
    void aTacitRenewal_startsTheDayAfter_forAsLongAgain() {
        assertThat(THREE_YEARS_TACIT.renewed()).isEqualTo(new Term(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2029-12-31"), Renewal.TACIT, 90));
    }

    @Test
    void aTermEndingBeforeItBegins_orANegativeNotice_isNoTerm() {
        assertThatThrownBy(() -> new Term(LocalDate.parse("2026-01-02"), LocalDate.parse("2026-01-01"),
                Renewal.NONE, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-02");
        assertThatThrownBy(() -> new Term(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                Renewal.TACIT, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarRules(30, List.of(0), 6)).isInstanceOf(IllegalArgumentException.class);
    }

    private static DueItem item(DueItem.Kind kind, String date) {
        return new DueItem(kind, LocalDate.parse(date));
    }
}
