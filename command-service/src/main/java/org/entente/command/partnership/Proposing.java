package org.entente.command.partnership;

import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipProposed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.entente.command.partnership.CommandRefused.Reason.DUPLICATE_PARTNER;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_ENOUGH_PARTNERS;
import static org.entente.command.partnership.CommandRefused.Reason.SECOND_LEAD;

/** The decision to open a partnership: a pure function of the proposal and the current time. */
final class Proposing {

    private Proposing() {
    }

    static List<PartnershipEvent> decide(ProposePartnership proposal, Instant now) {
        requirePartners(proposal);
        TermsRules.check(proposal.terms(), partnerIds(proposal));
        List<PartnershipEvent> events = new ArrayList<>();
        events.add(new PartnershipProposed(proposal.partnershipId(), proposal.reference(), proposal.title(),
                proposal.purpose(), proposal.type(), proposal.legalBasis(), proposal.territory(), proposal.lead(),
                proposal.terms(), TermsHash.of(proposal.terms()), now));
        proposal.invitations().forEach(invitation -> events.add(new PartnerInvited(proposal.partnershipId(),
                invitation.institution(), invitation.role(), now)));
        return List.copyOf(events);
    }

    private static void requirePartners(ProposePartnership proposal) {
        // DESIGN §3: at least two partners, exactly one lead (the proposer).
        if (proposal.invitations().isEmpty()) {
            throw new CommandRefused(NOT_ENOUGH_PARTNERS, "A partnership needs at least two partners: invite one.");
        }
        Set<String> seen = new HashSet<>(Set.of(proposal.lead().id()));
        for (ProposePartnership.Invitation invitation : proposal.invitations()) {
            if (invitation.role() == PartnerRole.LEAD) {
                throw new CommandRefused(SECOND_LEAD, "The proposer's institution leads; "
                        + invitation.institution().id() + " cannot be invited as lead too.");
            }
            if (!seen.add(invitation.institution().id())) {
                throw new CommandRefused(DUPLICATE_PARTNER,
                        "Institution " + invitation.institution().id() + " appears twice among the partners.");
            }
        }
    }

    private static Set<String> partnerIds(ProposePartnership proposal) {
        Set<String> ids = new HashSet<>();
        ids.add(proposal.lead().id());
        proposal.invitations().forEach(invitation -> ids.add(invitation.institution().id()));
        return ids;
    }
}
