package org.entente.query.portfolio;

import org.entente.calendar.Timeline;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipLifecycle;
import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.InvitationDeclined;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.NoticeOfNonRenewalGiven;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationFulfilled;
import org.entente.events.PartnershipEvent.PersonalDataErased;
import org.entente.events.PartnershipEvent.PersonalDataRectified;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipEvent.TermsRejected;
import org.entente.query.portfolio.PartnershipState.Agreement;
import org.entente.query.portfolio.PartnershipState.Evaluation;
import org.entente.query.portfolio.PartnershipState.Partner;
import org.entente.query.portfolio.PartnershipState.Signature;
import org.entente.query.portfolio.PartnershipState.TermsOnTable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one fold of the read side: how each event changes a partnership as people read it. The live view applies
 * it to each event as it arrives; the as-of queries apply it to a prefix of the stored events. Same code, so a
 * past state is exactly what the live view showed then. The status follows the contract's one lifecycle
 * ({@link PartnershipLifecycle}), as command-service and every subscriber fold it.
 */
public final class PartnershipFold {

    private PartnershipFold() {
    }

    /** As {@link #evolve(PartnershipState, PartnershipEvent, long, Instant, LocalDate)}, for an event that took
     * effect when it was recorded. */
    public static PartnershipState evolve(PartnershipState s, PartnershipEvent event, long sequence, Instant at) {
        return evolve(s, event, sequence, at, null);
    }

    /**
     * The state after {@code event}, the {@code sequence}-th of the partnership, recorded {@code at}; a step of an
     * imported convention took effect on {@code effectiveDate} (null otherwise), which its partners' and signatures'
     * dates keep beside the recorded ones.
     */
    public static PartnershipState evolve(PartnershipState s, PartnershipEvent event, long sequence, Instant at,
                                          LocalDate effectiveDate) {
        PartnershipState next = apply(s, event, effectiveDate);
        PartnershipStatus status = s == null ? PartnershipLifecycle.start(event)
                : PartnershipLifecycle.after(s.status(), event);
        // PostgreSQL keeps microseconds: the as-of fold reads event times back from there, so both uses agree.
        Instant recorded = at.truncatedTo(ChronoUnit.MICROS);
        return new PartnershipState(next.id(), next.reference(), next.title(), next.purpose(), next.type(),
                next.legalBasis(), next.territory(), status, next.leadInstitutionId(), next.terms(),
                next.agreement(), next.partners(), next.evaluations(), next.amendments(), next.proposedAt(),
                next.effectiveDate(), next.endedAt(), next.endReason(), sequence, recorded,
                TimelineFold.after(next, event));
    }

    private static PartnershipState apply(PartnershipState s, PartnershipEvent event, LocalDate effective) {
        if (s == null && !(event instanceof PartnershipProposed)) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " of partnership "
                    + event.partnershipId() + " came before its proposal");
        }
        if (event instanceof PartnershipProposed e) {
            return new PartnershipState(e.partnershipId(), e.reference(), e.title(), e.purpose(), e.type(),
                    e.legalBasis(), e.territory(), PartnershipLifecycle.startingStatus(), e.lead().id(),
                    new TermsOnTable(1, e.termsHash(), e.terms(), e.lead().id(), null, List.of()), null,
                    List.of(new Partner(e.lead().id(), e.lead().name(), e.lead().kind(), PartnerRole.LEAD, "ACTIVE",
                            e.proposedAt(), effective)), List.of(), 0, e.proposedAt(), null, null, null, 0,
                    e.proposedAt(), Timeline.NONE);
        } else if (event instanceof PartnerInvited e) {
            return with(s, plus(s.partners(), new Partner(e.institution().id(), e.institution().name(),
                    e.institution().kind(), e.role(), "INVITED", e.invitedAt(), effective)));
        } else if (event instanceof InvitationAccepted e) {
            return with(s, standing(s.partners(), e.institutionId(), "ACTIVE", e.acceptedAt(), effective));
        } else if (event instanceof InvitationDeclined e) {
            return with(s, standing(s.partners(), e.institutionId(), "DECLINED", e.declinedAt(), effective));
        } else if (event instanceof PartnerWithdrew e) {
            return with(s, standing(s.partners(), e.institutionId(), "WITHDRAWN", e.noticeGivenAt(), null));
        }
        return Negotiated.apply(s, event, effective);
    }

    /** Events about the terms, the agreement and the life in force. */
    private static final class Negotiated {

        static PartnershipState apply(PartnershipState s, PartnershipEvent event, LocalDate effective) {
            if (event instanceof TermsProposed e) {
                return copy(s, new TermsOnTable(e.version(), e.termsHash(), e.terms(), e.proposedBy(),
                        e.rationale(), List.of()), s.agreement(), s.evaluations(), s.amendments());
            } else if (event instanceof TermsApproved e) {
                TermsOnTable t = s.terms();
                return copy(s, new TermsOnTable(t.version(), t.hash(), t.content(), t.proposedBy(),
                        t.rationale(), plus(t.approvedBy(), e.institutionId())), s.agreement(), s.evaluations(),
                        s.amendments());
            } else if (event instanceof TermsRejected) {
                return s;
            } else if (event instanceof AgreementReached e) {
                return copy(s, s.terms(), new Agreement(e.version(), e.termsHash(), List.of()),
                        s.evaluations(), s.amendments());
            } else if (event instanceof AgreementSigned e) {
                Agreement a = s.agreement();
                Signature signature = new Signature(e.institutionId(), e.signatoryName(), e.signatoryCapacity(),
                        e.signedAt(), effective);
                return copy(s, s.terms(), new Agreement(a.version(), a.hash(), plus(a.signatures(), signature)),
                        s.evaluations(), s.amendments());
            }
            return InForce.apply(s, event);
        }
    }

    /** Events of a partnership in force, and of its end. */
    private static final class InForce {

        static PartnershipState apply(PartnershipState s, PartnershipEvent event) {
            if (event instanceof PartnershipActivated e) {
                return dated(s, e.effectiveDate(), null, null);
            } else if (event instanceof AmendmentInForce) {
                return s;
            } else if (event instanceof AmendmentOpened e) {
                return copy(s, s.terms(), null, s.evaluations(), e.amendmentNumber());
            } else if (event instanceof EvaluationRecorded e) {
                return copy(s, s.terms(), s.agreement(), plus(s.evaluations(), new Evaluation(
                        e.evaluationId(), e.periodStart(), e.periodEnd(), e.rating(), e.findings(), e.recordedBy(),
                        e.recordedAt())), s.amendments());
            } else if (event instanceof PartnershipDissolved e) {
                return dated(s, s.effectiveDate(), e.dissolvedAt(), e.reason().name());
            } else if (event instanceof NegotiationAbandoned e) {
                return dated(s, s.effectiveDate(), e.abandonedAt(), e.reason());
            } else if (event instanceof PartnershipExpired e) {
                return dated(s, s.effectiveDate(), e.expiredAt(), e.noticeGivenBy() == null ? "TERM_ENDED"
                        : "NOTICE_OF_NON_RENEWAL");
            } else if (event instanceof EvaluationFallenDue || event instanceof EvaluationOverdue
                    || event instanceof NoticeDeadlineApproaching || event instanceof NoticeOfNonRenewalGiven
                    || event instanceof PartnershipRenewedTacitly || event instanceof ObligationFallenDue
                    || event instanceof ObligationOverdue || event instanceof ObligationFulfilled) {
                // Only the calendar's timeline changes: TimelineFold folds it.
                return s;
            } else if (event instanceof PersonalDataErased || event instanceof PersonalDataRectified) {
                // The read models keep commitments; the vault answers what they open to, erased or rectified.
                return s;
            }
            throw new IllegalArgumentException("No fold for " + event.getClass().getSimpleName());
        }
    }

    private static PartnershipState with(PartnershipState s, List<Partner> partners) {
        return new PartnershipState(s.id(), s.reference(), s.title(), s.purpose(), s.type(), s.legalBasis(),
                s.territory(), s.status(), s.leadInstitutionId(), s.terms(), s.agreement(), partners, s.evaluations(),
                s.amendments(), s.proposedAt(), s.effectiveDate(), s.endedAt(), s.endReason(), s.version(),
                s.lastEventAt(), s.timeline());
    }

    private static PartnershipState copy(PartnershipState s, TermsOnTable terms, Agreement agreement,
                                         List<Evaluation> evaluations, int amendments) {
        return new PartnershipState(s.id(), s.reference(), s.title(), s.purpose(), s.type(), s.legalBasis(),
                s.territory(), s.status(), s.leadInstitutionId(), terms, agreement, s.partners(), evaluations, amendments,
                s.proposedAt(), s.effectiveDate(), s.endedAt(), s.endReason(), s.version(), s.lastEventAt(),
                s.timeline());
    }

    private static PartnershipState dated(PartnershipState s, LocalDate effective, Instant ended,
                                          String reason) {
        return new PartnershipState(s.id(), s.reference(), s.title(), s.purpose(), s.type(), s.legalBasis(),
                s.territory(), s.status(), s.leadInstitutionId(), s.terms(), s.agreement(), s.partners(),
                s.evaluations(), s.amendments(), s.proposedAt(), effective, ended, reason, s.version(),
                s.lastEventAt(), s.timeline());
    }

    private static List<Partner> standing(List<Partner> partners, String institutionId, String status, Instant since,
                                          LocalDate effective) {
        return partners.stream().map(p -> p.institutionId().equals(institutionId)
                ? new Partner(p.institutionId(), p.name(), p.kind(), p.role(), status, since, effective) : p).toList();
    }

    private static <T> List<T> plus(List<T> list, T element) {
        List<T> next = new ArrayList<>(list);
        next.add(element);
        return List.copyOf(next);
    }
}
