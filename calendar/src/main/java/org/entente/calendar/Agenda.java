package org.entente.calendar;

import org.entente.events.PartnershipStatus;
import org.entente.events.Terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The items a partnership in force still has to act on, from its terms in force and current term: what the
 * scheduler keeps, and what a passage-of-time command must name to be accepted. Nothing is due to a partnership
 * out of force, or whose duration has no end; a reminder after the notice was given, or an overdue evaluation once
 * an evaluation reaching into its period was recorded, or an overdue compte rendu financier once it was filed,
 * is settled. The evaluation due as a renewed term ends
 * is still due, and may become overdue, in the next.
 */
public final class Agenda {

    private Agenda() {
    }

    public static List<DueItem> pending(PartnershipStatus status, Timeline timeline, CalendarRules rules) {
        if (status == null || !status.isInForce() || timeline.term() == null) {
            return List.of();
        }
        Stream<DueItem> lastEvaluation = timeline.previous() == null ? Stream.empty()
                : DueItems.of(timeline.previous(), cadence(timeline.inForce()), rules).stream()
                .filter(item -> item.kind() != DueItem.Kind.TERM_END
                        && item.kind() != DueItem.Kind.NOTICE_DEADLINE_APPROACHING);
        Stream<DueItem> items = Stream.of(lastEvaluation, financialReports(timeline, rules),
                DueItems.of(timeline.term(), cadence(timeline.inForce()), rules).stream()).flatMap(s -> s);
        return items.filter(item -> !timeline.isDone(item) && !settled(timeline, item, rules)).sorted().toList();
    }

    /**
     * The comptes rendus financiers of this term and the one before it (whose last may still be overdue), while
     * the terms in force fund the partnership.
     */
    private static Stream<DueItem> financialReports(Timeline timeline, CalendarRules rules) {
        if (!funded(timeline.inForce())) {
            return Stream.empty();
        }
        return Stream.of(timeline.previous(), timeline.term()).filter(Objects::nonNull)
                .flatMap(term -> DueItems.yearEnds(term).stream())
                .flatMap(yearEnd -> financialReport(timeline, yearEnd, rules));
    }

    /**
     * A year's compte rendu financier: due the day after its last, overdue the day after its deadline unless it was
     * filed (it can be, once it fell due).
     */
    private static Stream<DueItem> financialReport(Timeline timeline, LocalDate yearEnd, CalendarRules rules) {
        DueItem due = new DueItem(DueItem.Kind.FINANCIAL_REPORT_DUE, yearEnd.plusDays(1));
        if (timeline.isDone(due) && !timeline.reportsOwed().containsKey(yearEnd)) {
            return Stream.empty();
        }
        return Stream.of(due, new DueItem(DueItem.Kind.FINANCIAL_REPORT_OVERDUE,
                DueItems.reportDeadline(yearEnd, rules).plusDays(1)));
    }

    /** A reminder of a notice already given, or an evaluation recorded before it was overdue, has nothing to say. */
    static boolean settled(Timeline timeline, DueItem item, CalendarRules rules) {
        if (item.kind() == DueItem.Kind.NOTICE_DEADLINE_APPROACHING) {
            return timeline.noticeGivenBy() != null;
        }
        if (item.kind() == DueItem.Kind.EVALUATION_OVERDUE) {
            LocalDate dueDate = item.date().minusDays(rules.evaluationGraceDays());
            LocalDate periodStart = periodStart(timeline.termOf(dueDate), timeline.inForce(), dueDate);
            return timeline.evaluatedUntil() != null && !timeline.evaluatedUntil().isBefore(periodStart);
        }
        return false;
    }

    /**
     * The first day of the period an evaluation due on {@code dueDate} covers: the previous due date's, or the
     * term's.
     */
    public static LocalDate periodStart(Term term, Terms terms, LocalDate dueDate) {
        LocalDate start = term.first();
        for (LocalDate due : cadence(terms).map(every -> DueItems.evaluationsDue(term, every)).orElse(List.of())) {
            if (!due.isBefore(dueDate)) {
                break;
            }
            start = due;
        }
        return start;
    }

    /** The cadence of the terms' evaluation plan, if its words name one. */
    static Optional<Cadence> cadence(Terms terms) {
        return terms.evaluationPlan() == null ? Optional.empty() : Cadence.of(terms.evaluationPlan().frequency());
    }

    /** Terms with a funding contribution owe a compte rendu financier for each year. */
    static boolean funded(Terms terms) {
        return terms.contributions().stream()
                .anyMatch(contribution -> contribution.kind() == Terms.Contribution.Kind.FUNDING);
    }
}
