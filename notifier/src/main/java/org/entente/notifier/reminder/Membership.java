package org.entente.notifier.reminder;

import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipProposed;

import java.util.Set;

/** Who the partners are after an event: the lead from the proposal, each invitee once it accepted, until it gave notice of its withdrawal. */
public final class Membership {

    private Membership() {
    }

    /** The partnership after the event at {@code position} of its stream. */
    public static Partners apply(Partners before, PartnershipEvent event, long position) {
        Partners after = before;
        if (event instanceof PartnershipProposed proposed) {
            after = new Partners(proposed.title(), proposed.reference(), proposed.lead().name(),
                    Set.of(proposed.lead().id()), position);
        } else if (event instanceof InvitationAccepted accepted) {
            after = before.joined(accepted.institutionId());
        } else if (event instanceof PartnerWithdrew withdrew) {
            after = before.left(withdrew.institutionId());
        }
        return after.at(position);
    }
}
