package org.entente.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The items a term makes due, in date order: each evaluation the cadence asks for (due as its period ends, overdue
 * after the grace period), the reminders of a tacit renewal's notice deadline, and the term's end. Evaluation dates
 * are counted from the term's first day each time (first + k periods), never from the previous one, so that a
 * term starting on 31 January or 29 February keeps its day wherever the month has it.
 */
public final class DueItems {

    private DueItems() {
    }

    public static List<DueItem> of(Term term, Optional<Cadence> cadence, CalendarRules rules) {
        TreeSet<DueItem> items = new TreeSet<>();
        cadence.ifPresent(every -> evaluationsDue(term, every).forEach(due -> {
            items.add(new DueItem(DueItem.Kind.EVALUATION_DUE, due));
            items.add(new DueItem(DueItem.Kind.EVALUATION_OVERDUE, due.plusDays(rules.evaluationGraceDays())));
        }));
        if (term.renewsTacitly()) {
            for (int daysBefore : rules.noticeRemindersDaysBefore()) {
                LocalDate reminder = term.noticeDeadline().minusDays(daysBefore);
                if (!reminder.isBefore(term.first())) {
                    items.add(new DueItem(DueItem.Kind.NOTICE_DEADLINE_APPROACHING, reminder));
                }
            }
        }
        items.add(new DueItem(DueItem.Kind.TERM_END, term.dayAfter()));
        return List.copyOf(items);
    }

    /** The last days of a term's years, counted from its first day: the last one is the term's, when shorter. */
    public static List<LocalDate> yearEnds(Term term) {
        return evaluationsDue(term, new Cadence.Every(Period.ofYears(1))).stream().map(day -> day.minusDays(1))
                .toList();
    }

    /** The last day to file the compte rendu financier of a year whose last day is {@code yearEnd}. */
    public static LocalDate reportDeadline(LocalDate yearEnd, CalendarRules rules) {
        return yearEnd.plusMonths(rules.financialReportMonths());
    }

    /** The days evaluations fall due: as each period from the first day ends, and as the term ends. */
    public static List<LocalDate> evaluationsDue(Term term, Cadence cadence) {
        List<LocalDate> due = new ArrayList<>();
        if (cadence instanceof Cadence.Every every) {
            for (int k = 1; ; k++) {
                LocalDate end = term.first().plus(every.period().multipliedBy(k));
                if (!end.isBefore(term.dayAfter())) {
                    break;
                }
                due.add(end);
            }
        }
        due.add(term.dayAfter());
        return due;
    }
}
