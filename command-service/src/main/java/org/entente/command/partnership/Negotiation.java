package org.entente.command.partnership;

import org.entente.command.partnership.Commands.AbandonNegotiation;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.DeclineInvitation;
import org.entente.command.partnership.Commands.ProposeTerms;
import org.entente.command.partnership.Commands.RejectTerms;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.InvitationDeclined;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipEvent.TermsRejected;
import org.entente.events.PartnershipStatus;

import java.time.Instant;
import java.util.List;

import static org.entente.command.partnership.CommandRefused.Reason.ALREADY_APPROVED;
import static org.entente.command.partnership.CommandRefused.Reason.HASH_MISMATCH;
import static org.entente.command.partnership.CommandRefused.Reason.LEAD_ONLY;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_NEGOTIATING;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_ON_THE_TABLE;
import static org.entente.command.partnership.CommandRefused.Reason.NO_PENDING_INVITATION;
import static org.entente.command.partnership.CommandRefused.Reason.SIGNATURES_GIVEN;
import static org.entente.command.partnership.CommandRefused.Reason.STALE_BASE_VERSION;
import static org.entente.command.partnership.CommandRefused.Reason.TERMS_FROZEN;

/** The decisions of negotiation: answering invitations, proposing, approving and rejecting terms, giving up. */
final class Negotiation {

    private Negotiation() {
    }

    static List<PartnershipEvent> accept(PartnershipState state, AcceptInvitation command, Instant now) {
        requireInvited(state, command.actor());
        return List.of(new InvitationAccepted(command.partnershipId(), command.actor().institutionId(), now));
    }

    static List<PartnershipEvent> decline(PartnershipState state, DeclineInvitation command, Instant now) {
        requireInvited(state, command.actor());
        String reason = Guards.text("reason", command.reason(), 2000);
        return Agreements.withAgreementIfReached(state, List.of(new InvitationDeclined(command.partnershipId(),
                command.actor().institutionId(), reason, now)), now);
    }

    static List<PartnershipEvent> propose(PartnershipState state, ProposeTerms command, Instant now) {
        requireOpenTable(state, command.actor());
        if (command.baseVersion() != state.table().version()) {
            throw new CommandRefused(STALE_BASE_VERSION, "Version " + command.baseVersion()
                    + " is not the latest; build on version " + state.table().version() + ".");
        }
        TermsRules.check(command.terms(), state.partners().keySet());
        String rationale = Guards.text("rationale", command.rationale(), 2000);
        // Approvals of the previous version lapse: the state starts the new version with none.
        return List.of(new TermsProposed(command.partnershipId(), state.table().version() + 1,
                command.baseVersion(), command.terms(), TermsHash.of(command.terms()), rationale,
                command.actor().institutionId(), now));
    }

    static List<PartnershipEvent> approve(PartnershipState state, ApproveTerms command, Instant now) {
        requireOpenTable(state, command.actor());
        requireOnTheTable(state, command.version());
        if (command.termsHash() != null && !command.termsHash().equals(state.table().hash())) {
            throw new CommandRefused(HASH_MISMATCH, "Version " + command.version() + " has hash "
                    + state.table().hash() + ", not " + command.termsHash() + ".");
        }
        if (state.table().approvedBy().contains(command.actor().institutionId())) {
            throw new CommandRefused(ALREADY_APPROVED, "Your institution already approved version "
                    + command.version() + ".");
        }
        return Agreements.withAgreementIfReached(state, List.of(new TermsApproved(command.partnershipId(),
                command.version(), state.table().hash(), command.actor().institutionId(), now)), now);
    }

    static List<PartnershipEvent> reject(PartnershipState state, RejectTerms command, Instant now) {
        requireOpenTable(state, command.actor());
        requireOnTheTable(state, command.version());
        String reason = Guards.text("reason", command.reason(), 2000);
        return List.of(new TermsRejected(command.partnershipId(), command.version(),
                command.actor().institutionId(), reason, now));
    }

    static List<PartnershipEvent> abandon(PartnershipState state, AbandonNegotiation command, Instant now) {
        Partner partner = Guards.activePartner(state, command.actor());
        if (partner.role() != PartnerRole.LEAD) {
            throw new CommandRefused(LEAD_ONLY, "Only the lead institution abandons a negotiation.");
        }
        if (!state.status().isNegotiating() && state.status() != PartnershipStatus.AGREED) {
            throw new CommandRefused(NOT_NEGOTIATING, "A partnership in force is dissolved, not abandoned.");
        }
        if (state.agreement() != null && !state.agreement().signedBy().isEmpty()) {
            throw new CommandRefused(SIGNATURES_GIVEN, "Partners have signed already: it can no longer be abandoned.");
        }
        return List.of(new NegotiationAbandoned(command.partnershipId(), Guards.text("reason", command.reason(), 2000),
                command.actor().institutionId(), now));
    }

    private static void requireInvited(PartnershipState state, Actor actor) {
        Partner partner = Guards.party(state, actor);
        if (!state.status().isNegotiating()) {
            throw new CommandRefused(NOT_NEGOTIATING, "Invitations are answered during the negotiation only.");
        }
        if (partner.standing() != Partner.Standing.INVITED) {
            throw new CommandRefused(NO_PENDING_INVITATION, actor.institutionId() + " has no pending invitation.");
        }
    }

    /** Terms are negotiated before an agreement, or during an amendment until it is agreed. */
    private static void requireOpenTable(PartnershipState state, Actor actor) {
        Guards.activePartner(state, actor);
        if (state.agreement() != null) {
            throw new CommandRefused(TERMS_FROZEN, "Version " + state.agreement().version()
                    + " was agreed: its terms are frozen for signature.");
        }
        if (!state.status().isNegotiating() && state.status() != PartnershipStatus.AMENDING) {
            throw new CommandRefused(NOT_NEGOTIATING, "Terms of a partnership in force change by amendment only.");
        }
    }

    private static void requireOnTheTable(PartnershipState state, int version) {
        if (version != state.table().version()) {
            throw new CommandRefused(NOT_ON_THE_TABLE, "Version " + version + " is not on the table; version "
                    + state.table().version() + " is.");
        }
    }
}
