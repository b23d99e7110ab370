package org.entente.command.partnership;

import org.entente.calendar.CalendarRules;
import org.entente.calendar.DueItem;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each partnership's due items in the schedule as its commands change them (DESIGN §8): an activation, an
 * amendment or a renewal adds the items of the terms in force; an amendment, a notice, a dissolution or the end
 * removes those no longer due. An item acted on leaves the schedule by itself, as its task completes.
 */
@Component
class Calendar {

    private final CalendarRules rules;
    private final DueItemSchedule schedule;
    private final Clock clock;

    Calendar(CalendarRules rules, DueItemSchedule schedule, Clock clock) {
        this.rules = rules;
        this.schedule = schedule;
        this.clock = clock;
    }

    CalendarRules rules() {
        return rules;
    }

    void keep(UUID partnershipId, PartnershipState before, PartnershipState after) {
        // Most commands (negotiation, signatures but the last) change neither: nothing to compute on the hot path.
        if (before.timeline().equals(after.timeline()) && before.status() == after.status()) {
            return;
        }
        List<DueItem> was = before.pending(rules);
        List<DueItem> is = after.pending(rules);
        is.stream().filter(item -> !was.contains(item))
                .forEach(item -> schedule.keep(partnershipId, item, item.at(clock.getZone())));
        was.stream().filter(item -> !is.contains(item) && !after.timeline().isDone(item))
                .forEach(item -> schedule.forget(partnershipId, item));
    }

    /** Every pending item into the schedule, where it is not yet: for a partnership in force before it existed. */
    void keepPending(UUID partnershipId, PartnershipState state) {
        state.pending(rules).forEach(item -> schedule.keep(partnershipId, item, item.at(clock.getZone())));
    }
}
