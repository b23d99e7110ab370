package org.entente.calendar;

import org.entente.calendar.Deadline.Kind;
import org.entente.calendar.Deadline.Standing;
import org.entente.events.PartnershipStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The deadlines of a partnership in force, from the same timeline the command side acts on: whatever the terms
 * make due and is not yet handed in, whether it is still coming, fallen due or overdue, in date order. Evaluations
 * and comptes rendus financiers of the term before the current one stay until they are handed in; a notice
 * deadline is shown while nobody gave notice, and the term's end says whether it renews or ends.
 */
public final class DeadlinesAhead {

    private DeadlinesAhead() {
    }

    public static List<Deadline> of(PartnershipStatus status, Timeline timeline, CalendarRules rules) {
        if (timeline == null || status == null || !status.isInForce() || timeline.term() == null) {
            return List.of();
        }
        List<Deadline> deadlines = new ArrayList<>();
        Stream.of(timeline.previous(), timeline.term()).filter(Objects::nonNull).forEach(term -> {
            deadlines.addAll(evaluations(timeline, term, rules));
            deadlines.addAll(financialReports(timeline, term, rules));
        });
        deadlines.addAll(termEnd(timeline));
        return deadlines.stream().sorted().toList();
    }

    private static List<Deadline> evaluations(Timeline timeline, Term term, CalendarRules rules) {
        Optional<Cadence> cadence = Agenda.cadence(timeline.inForce());
        if (cadence.isEmpty()) {
            return List.of();
        }
        List<Deadline> evaluations = new ArrayList<>();
        LocalDate periodStart = term.first();
        for (LocalDate due : DueItems.evaluationsDue(term, cadence.get())) {
            DueItem overdue = new DueItem(DueItem.Kind.EVALUATION_OVERDUE, due.plusDays(rules.evaluationGraceDays()));
            if (!Agenda.settled(timeline, overdue, rules)) {
                Standing standing = standing(timeline, new DueItem(DueItem.Kind.EVALUATION_DUE, due), overdue);
                evaluations.add(new Deadline(Kind.EVALUATION, due, standing, periodStart, due.minusDays(1),
                        overdue.date()));
            }
            periodStart = due;
        }
        return evaluations;
    }

    /** Each funded year's compte rendu financier, until it is filed. */
    private static List<Deadline> financialReports(Timeline timeline, Term term, CalendarRules rules) {
        if (!Agenda.funded(timeline.inForce())) {
            return List.of();
        }
        List<Deadline> reports = new ArrayList<>();
        LocalDate yearStart = term.first();
        for (LocalDate yearEnd : DueItems.yearEnds(term)) {
            DueItem due = new DueItem(DueItem.Kind.FINANCIAL_REPORT_DUE, yearEnd.plusDays(1));
            LocalDate deadline = DueItems.reportDeadline(yearEnd, rules);
            boolean filed = timeline.isDone(due) && !timeline.reportsOwed().containsKey(yearEnd);
            if (!filed) {
                DueItem overdue = new DueItem(DueItem.Kind.FINANCIAL_REPORT_OVERDUE, deadline.plusDays(1));
                reports.add(new Deadline(Kind.FINANCIAL_REPORT, deadline, standing(timeline, due, overdue), yearStart,
                        yearEnd, overdue.date()));
            }
            yearStart = yearEnd.plusDays(1);
        }
        return reports;
    }

    /** A tacit renewal nobody gave notice of: its notice deadline, and the renewal; otherwise the end. */
    private static List<Deadline> termEnd(Timeline timeline) {
        Term term = timeline.term();
        if (!term.renewsTacitly() || timeline.noticeGivenBy() != null) {
            return List.of(new Deadline(Kind.TERM_END, term.last(), Standing.COMING, null, null, null));
        }
        Term next = term.renewed();
        Deadline renewal = new Deadline(Kind.TACIT_RENEWAL, term.last(), Standing.COMING, next.first(), next.last(),
                null);
        if (term.noticeDeadline().isBefore(term.first())) {
            return List.of(renewal);
        }
        return List.of(new Deadline(Kind.NOTICE_DEADLINE, term.noticeDeadline(), Standing.COMING, null, null, null),
                renewal);
    }

    private static Standing standing(Timeline timeline, DueItem due, DueItem overdue) {
        if (timeline.isDone(overdue)) {
            return Standing.OVERDUE;
        }
        return timeline.isDone(due) ? Standing.DUE : Standing.COMING;
    }
}
