package org.entente.command.partnership;

import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** When agreement is reached: every current partner approved the same version, and nobody is left to answer. */
final class Agreements {

    private Agreements() {
    }

    static List<PartnershipEvent> withAgreementIfReached(PartnershipState before, List<PartnershipEvent> decided,
                                                          Instant now) {
        PartnershipState after = before;
        for (PartnershipEvent event : decided) {
            after = after.evolve(event);
        }
        if (!isReached(after)) {
            return decided;
        }
        List<PartnershipEvent> events = new ArrayList<>(decided);
        events.add(new AgreementReached(decided.get(0).partnershipId(), after.table().version(),
                after.table().hash(), now));
        return List.copyOf(events);
    }

    private static boolean isReached(PartnershipState state) {
        List<Partner> partners = state.activePartners();
        return state.agreement() == null
                && partners.size() >= 2
                && !state.hasPendingInvitations()
                && partners.stream().allMatch(partner -> state.table().approvedBy().contains(partner.institutionId()));
    }
}
