package org.entente.command.partnership;

import org.entente.calendar.TimeEvolution;
import org.entente.calendar.Timeline;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipLifecycle;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.InvitationDeclined;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.PersonalDataErased;
import org.entente.events.PartnershipEvent.PersonalDataRectified;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipEvent.TermsRejected;

import java.util.Map;
import java.util.Set;

import static org.entente.command.partnership.Partner.Standing.ACTIVE;
import static org.entente.command.partnership.Partner.Standing.DECLINED;
import static org.entente.command.partnership.Partner.Standing.INVITED;
import static org.entente.command.partnership.Partner.Standing.WITHDRAWN;

/**
 * How each event changes the state: the one place that folds history. The status follows the contract's one
 * lifecycle ({@link PartnershipLifecycle}), which query-service and subscribers fold too; the rest is what the
 * decisions need. Java 17 has no exhaustive pattern switch, so {@code EvolutionTest} folds a sample of every
 * permitted event type.
 */
final class Evolution {

    private Evolution() {
    }

    static PartnershipState apply(PartnershipState state, PartnershipEvent event) {
        PartnershipState next = facts(state, event);
        return next.withStatus(state.status() == null ? PartnershipLifecycle.start(event)
                : PartnershipLifecycle.after(state.status(), event));
    }

    private static PartnershipState facts(PartnershipState state, PartnershipEvent event) {
        if (event instanceof PartnershipProposed e) {
            return new PartnershipState(null,
                    Map.of(e.lead().id(), new Partner(e.lead().id(), PartnerRole.LEAD, ACTIVE)),
                    new PartnershipState.Table(1, e.terms(), e.termsHash(), Set.of()), null, 0, Timeline.NONE);
        } else if (event instanceof PartnerInvited e) {
            return state.withPartner(new Partner(e.institution().id(), e.role(), INVITED));
        } else if (event instanceof InvitationAccepted e) {
            return state.withPartner(state.partners().get(e.institutionId()).standing(ACTIVE));
        } else if (event instanceof InvitationDeclined e) {
            return state.withPartner(state.partners().get(e.institutionId()).standing(DECLINED));
        } else if (event instanceof TermsProposed e) {
            return state.withTable(new PartnershipState.Table(e.version(), e.terms(), e.termsHash(), Set.of()));
        } else if (event instanceof TermsApproved e) {
            return state.withTable(state.table().approvedBy(e.institutionId()));
        } else if (event instanceof TermsRejected) {
            return state;
        } else if (event instanceof AgreementReached e) {
            return state.withAgreement(new PartnershipState.Agreement(e.version(), e.termsHash(), Set.of()));
        } else if (event instanceof AgreementSigned e) {
            PartnershipState.Agreement agreed = state.agreement();
            return state.withAgreement(new PartnershipState.Agreement(agreed.version(), agreed.hash(),
                    Sets.with(agreed.signedBy(), e.institutionId())));
        }
        return inForce(state, event);
    }

    private static PartnershipState inForce(PartnershipState state, PartnershipEvent event) {
        if (event instanceof PartnershipActivated || event instanceof AmendmentInForce) {
            // The agreed version is the one on the table: its terms are in force from now on.
            return state.withAgreement(null).withTimeline(state.timeline().inForce(state.table().terms()));
        } else if (event instanceof AmendmentOpened e) {
            return state.withAmendments(e.amendmentNumber());
        } else if (event instanceof PartnerWithdrew e) {
            return state.withPartner(state.partners().get(e.institutionId()).standing(WITHDRAWN));
        } else if (event instanceof EvaluationRecorded e) {
            return state.withTimeline(state.timeline().evaluated(e.periodEnd()));
        } else if (event instanceof PartnershipDissolved || event instanceof NegotiationAbandoned
                || event instanceof PersonalDataErased || event instanceof PersonalDataRectified) {
            // The vault's events change what a person's values read, not what the partnership is.
            return state;
        }
        return state.withTimeline(TimeEvolution.apply(state.timeline(), event));
    }
}
