package org.entente.query.portfolio;

import org.entente.calendar.TimeEvolution;
import org.entente.calendar.Timeline;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.PartnershipActivated;

/**
 * The calendar's timeline on the read side, folded from the same events and by the same calendar code as the
 * command side's ({@link TimeEvolution}), so that the deadlines people read are the ones Entente acts on: the terms
 * on the table come into force with an activation or an amendment, an evaluation reaches to its period's end, and
 * the passage of time marks its items done.
 */
final class TimelineFold {

    private TimelineFold() {
    }

    /** The timeline after {@code event}, {@code next} being the partnership with every other fact of it applied. */
    static Timeline after(PartnershipState next, PartnershipEvent event) {
        Timeline timeline = next.timeline();
        if (timeline == null) {
            // A document stored before the read side kept the calendar: unknown until a replay rebuilds it.
            return null;
        }
        if (event instanceof PartnershipActivated || event instanceof AmendmentInForce) {
            return timeline.inForce(next.terms().content());
        } else if (event instanceof EvaluationRecorded e) {
            return timeline.evaluated(e.periodEnd());
        } else if (TimeEvolution.concerns(event)) {
            return TimeEvolution.apply(timeline, event);
        }
        return timeline;
    }
}
