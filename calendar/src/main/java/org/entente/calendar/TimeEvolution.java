package org.entente.calendar;

import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.NoticeOfNonRenewalGiven;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationFulfilled;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;

import java.util.Set;

/**
 * How the passage of time changes a partnership's calendar: each due item recorded is done, so that the command it
 * came from is refused if it comes again; a renewal starts the next term; a notice stops it; a compte rendu
 * financier is owed from its year's end until it is filed.
 */
public final class TimeEvolution {

    private static final Set<Class<? extends PartnershipEvent>> OF_TIME = Set.of(EvaluationFallenDue.class,
            EvaluationOverdue.class, NoticeDeadlineApproaching.class, NoticeOfNonRenewalGiven.class,
            PartnershipRenewedTacitly.class, PartnershipExpired.class, ObligationFallenDue.class,
            ObligationOverdue.class, ObligationFulfilled.class);

    private TimeEvolution() {
    }

    /** Whether {@link #apply} folds this event: one of the passage of time, a notice, or a report filed. */
    public static boolean concerns(PartnershipEvent event) {
        return OF_TIME.contains(event.getClass());
    }

    public static Timeline apply(Timeline timeline, PartnershipEvent event) {
        if (event instanceof EvaluationFallenDue e) {
            return timeline.done(new DueItem(DueItem.Kind.EVALUATION_DUE, e.dueDate()));
        } else if (event instanceof EvaluationOverdue e) {
            return timeline.done(new DueItem(DueItem.Kind.EVALUATION_OVERDUE, e.dueDate().plusDays(e.graceDays())));
        } else if (event instanceof NoticeDeadlineApproaching e) {
            return timeline.done(new DueItem(DueItem.Kind.NOTICE_DEADLINE_APPROACHING,
                    e.noticeDeadline().minusDays(e.daysLeft())));
        } else if (event instanceof NoticeOfNonRenewalGiven e) {
            return timeline.noticeGivenBy(e.institutionId());
        } else if (event instanceof PartnershipRenewedTacitly e) {
            return timeline.done(new DueItem(DueItem.Kind.TERM_END, e.previousEnd().plusDays(1)))
                    .renewed(e.start(), e.end());
        } else if (event instanceof PartnershipExpired e) {
            return timeline.done(new DueItem(DueItem.Kind.TERM_END, e.lastDay().plusDays(1)));
        } else if (event instanceof ObligationFallenDue e) {
            return timeline.done(new DueItem(DueItem.Kind.FINANCIAL_REPORT_DUE, e.periodEnd().plusDays(1)))
                    .owing(e.periodStart(), e.periodEnd());
        } else if (event instanceof ObligationOverdue e) {
            return timeline.done(new DueItem(DueItem.Kind.FINANCIAL_REPORT_OVERDUE, e.deadline().plusDays(1)));
        } else if (event instanceof ObligationFulfilled e) {
            return timeline.filed(e.periodEnd());
        }
        throw new IllegalArgumentException("No evolution for " + event.getClass().getSimpleName());
    }
}
