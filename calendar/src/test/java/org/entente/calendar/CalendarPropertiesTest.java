package org.entente.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.entente.events.Terms.Duration.Renewal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's dates against reference formulas written another way (day numbers, year-months), over 10,000
 * terms each, with 29 February, month ends and the days Paris changes its clocks drawn far more often than chance.
 */
class CalendarPropertiesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Property(tries = 10_000)
    void aParisDayBegins_atTheFirstInstantOfItsDate_inSummerWinterAndOnTheDaysTheClocksChange(
            @ForAll("days") LocalDate day) {
        Instant begins = new DueItem(DueItem.Kind.TERM_END, day).at(PARIS);

        assertThat(dayOf(begins)).isEqualTo(day);
        assertThat(dayOf(begins.minusSeconds(1))).isEqualTo(day.minusDays(1));
        // Paris changes its clocks at 02:00 or 03:00, never at midnight: the offset at midnight is the day's first.
        assertThat(begins).isEqualTo(day.atStartOfDay().toInstant(
                PARIS.getRules().getOffset(day.atStartOfDay())));
    }

    @Property(tries = 10_000)
    void theNoticeDeadline_isTheLastDayLessTheNoticePeriod_countedInDays_andClosesAtTheEndOfThatDay(
            @ForAll("terms") Term term) {
        LocalDate reference = LocalDate.ofEpochDay(term.last().toEpochDay() - term.noticePeriodDays());

        assertThat(term.noticeDeadline()).isEqualTo(reference);
        assertThat(dayOf(term.noticeClosesAt(PARIS).minusSeconds(1))).isEqualTo(reference);
        assertThat(dayOf(term.noticeClosesAt(PARIS))).isEqualTo(reference.plusDays(1));
    }

    @Property(tries = 10_000)
    void theNoticeReminders_fallTheirDaysBeforeTheDeadline_andNeverBeforeTheTermBegins(
            @ForAll("terms") Term term) {
        List<LocalDate> expected = new ArrayList<>();
        if (term.renewsTacitly()) {
            for (int daysBefore : CalendarRules.DEFAULT.noticeRemindersDaysBefore()) {
                long day = term.noticeDeadline().toEpochDay() - daysBefore;
                if (day >= term.first().toEpochDay()) {
                    expected.add(LocalDate.ofEpochDay(day));
                }
            }
        }

        assertThat(DueItems.of(term, Optional.empty(), CalendarRules.DEFAULT).stream()
                .filter(item -> item.kind() == DueItem.Kind.NOTICE_DEADLINE_APPROACHING).map(DueItem::date))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 10_000)
    void evaluationsFallDue_asEachPeriodFromTheFirstDayEnds_thenAsTheTermEnds(
            @ForAll("terms") Term term, @ForAll @IntRange(min = 1, max = 12) int months) {
        List<LocalDate> expected = new ArrayList<>();
        for (int k = 1; ; k++) {
            YearMonth month = YearMonth.from(term.first()).plusMonths((long) k * months);
            LocalDate due = month.atDay(Math.min(term.first().getDayOfMonth(), month.lengthOfMonth()));
            if (!due.isBefore(term.dayAfter())) {
                break;
            }
            expected.add(due);
        }
        expected.add(term.dayAfter());

        assertThat(DueItems.evaluationsDue(term, new Cadence.Every(Period.ofMonths(months))))
                .containsExactlyElementsOf(expected);
    }

    @Property(tries = 10_000)
    void theItems_comeInDateOrder_eachOnce_andTheTermEndsLast_butForOverdueEvaluations(
            @ForAll("terms") Term term, @ForAll @IntRange(min = 1, max = 12) int months) {
        List<DueItem> items = DueItems.of(term, Optional.of(new Cadence.Every(Period.ofMonths(months))),
                CalendarRules.DEFAULT);

        assertThat(items).isSorted().doesNotHaveDuplicates();
        assertThat(items.stream().map(item -> item.id("p")).distinct()).hasSameSizeAs(items);
        assertThat(items).filteredOn(item -> item.kind() == DueItem.Kind.TERM_END)
                .containsExactly(new DueItem(DueItem.Kind.TERM_END, term.dayAfter()));
        assertThat(items).filteredOn(item -> item.kind() != DueItem.Kind.EVALUATION_OVERDUE)
                .allMatch(item -> !item.date().isAfter(term.dayAfter()) && !item.date().isBefore(term.first()));
    }

    @Property(tries = 10_000)
    void aRenewedTerm_startsTheDayAfter_andAWholeNumberOfMonthsRenewsAsLongAgain(
            @ForAll("days") LocalDate first, @ForAll @IntRange(min = 1, max = 72) int months) {
        LocalDate start = first.withDayOfMonth(Math.min(first.getDayOfMonth(), 28));
        Term term = new Term(start, start.plusMonths(months).minusDays(1), Renewal.TACIT, 90);

        Term renewed = term.renewed();

        assertThat(renewed.first()).isEqualTo(term.dayAfter());
        assertThat(Period.between(renewed.first(), renewed.dayAfter())).isEqualTo(Period.ofMonths(months)
                .normalized());
        assertThat(renewed.renewal()).isEqualTo(Renewal.TACIT);
        assertThat(renewed.noticePeriodDays()).isEqualTo(90);
    }

    private static LocalDate dayOf(Instant instant) {
        return instant.atZone(PARIS).toLocalDate();
    }

    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2100);
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(),
                LocalDate.of(2100, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
        Arbitrary<LocalDate> monthEnds = Combinators.combine(years, Arbitraries.of(Month.class))
                .as((year, month) -> YearMonth.of(year, month).atEndOfMonth());
        Arbitrary<LocalDate> leapDays = years.filter(year -> YearMonth.of(year, 2).isValidDay(29))
                .map(year -> LocalDate.of(year, 2, 29));
        // The last Sundays of March and October, when Paris moves its clocks, and the days around them.
        Arbitrary<LocalDate> clockChanges = Combinators.combine(years, Arbitraries.of(Month.MARCH, Month.OCTOBER),
                        Arbitraries.integers().between(-1, 1))
                .as((year, month, shift) -> LocalDate.of(year, month, 1)
                        .with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).plusDays(shift));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(2, monthEnds),
                net.jqwik.api.Tuple.of(1, leapDays), net.jqwik.api.Tuple.of(2, clockChanges));
    }

    @Provide
    Arbitrary<Term> terms() {
        return Combinators.combine(days(), Arbitraries.integers().between(0, 3650), Arbitraries.of(Renewal.class),
                        Arbitraries.integers().between(0, 400))
                .as((first, length, renewal, notice) -> new Term(first, first.plusDays(length), renewal, notice));
    }
}
