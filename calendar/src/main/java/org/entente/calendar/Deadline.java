package org.entente.calendar;

import java.time.LocalDate;

/**
 * A date the people of a partnership in force keep in mind, as its pages and calendars show it: an evaluation or a
 * compte rendu financier to hand in, the last day to give notice of non-renewal, the end of the term (renewed by
 * itself, or the end of the partnership). The scheduler's {@link DueItem}s say when Entente acts; a deadline says
 * what people have to do, and by when.
 *
 * @param date        for an evaluation, the day it falls due; for a compte rendu financier, the last day to file
 *                    it; for a notice deadline, the last day to give notice; for the term, its last day
 * @param periodStart the first day of what is evaluated or reported on, or of the term a tacit renewal starts;
 *                    null for a notice deadline and a term's end
 * @param periodEnd   that period's last day, or null with it
 * @param lateFrom    the day an evaluation or a compte rendu financier not handed in is overdue; null otherwise
 */
public record Deadline(Kind kind, LocalDate date, Standing standing, LocalDate periodStart, LocalDate periodEnd,
                       LocalDate lateFrom) implements Comparable<Deadline> {

    public enum Kind {
        /** An evaluation of the period before {@code date}. */
        EVALUATION,
        /** The compte rendu financier of a funded year, to file by {@code date}. */
        FINANCIAL_REPORT,
        /** The last day a partner may give notice of non-renewal. */
        NOTICE_DEADLINE,
        /** The term's last day, after which it renews by itself for the period given. */
        TACIT_RENEWAL,
        /** The term's last day, after which the partnership ends. */
        TERM_END
    }

    public enum Standing {
        /** Not yet fallen due. */
        COMING,
        /** Fallen due, not yet handed in, not yet overdue. */
        DUE,
        /** Overdue: past its grace period or its deadline and still not handed in. */
        OVERDUE
    }

    @Override
    public int compareTo(Deadline other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : kind.compareTo(other.kind);
    }
}
