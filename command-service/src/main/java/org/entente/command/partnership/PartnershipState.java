package org.entente.command.partnership;

import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipProposed;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the decisions need to know of a partnership, folded from its events. */
record PartnershipState(Status status, Map<String, PartnerRole> partners, String termsHash) {

    enum Status {
        NONE, PROPOSED
    }

    static PartnershipState initial() {
        return new PartnershipState(Status.NONE, Map.of(), null);
    }

    PartnershipState evolve(PartnershipEvent event) {
        if (event instanceof PartnershipProposed proposed) {
            return new PartnershipState(Status.PROPOSED, Map.of(proposed.lead().id(), PartnerRole.LEAD),
                    proposed.termsHash());
        }
        if (event instanceof PartnerInvited invited) {
            Map<String, PartnerRole> partners = new LinkedHashMap<>(this.partners);
            partners.put(invited.institution().id(), invited.role());
            return new PartnershipState(status, Map.copyOf(partners), termsHash);
        }
        throw new IllegalArgumentException("Unhandled event " + event.getClass().getSimpleName());
    }
}
