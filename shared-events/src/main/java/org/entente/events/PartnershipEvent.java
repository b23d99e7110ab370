package org.entente.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A fact in the life of one partnership. Every event names the partnership it belongs to first. */
public sealed interface PartnershipEvent permits
        PartnershipEvent.PartnershipProposed, PartnershipEvent.PartnerInvited, PartnershipEvent.InvitationAccepted,
        PartnershipEvent.InvitationDeclined, PartnershipEvent.TermsProposed, PartnershipEvent.TermsApproved,
        PartnershipEvent.TermsRejected, PartnershipEvent.AgreementReached, PartnershipEvent.AgreementSigned,
        PartnershipEvent.PartnershipActivated, PartnershipEvent.EvaluationRecorded, PartnershipEvent.AmendmentOpened,
        PartnershipEvent.AmendmentInForce, PartnershipEvent.PartnerWithdrew, PartnershipEvent.PartnershipDissolved,
        PartnershipEvent.NegotiationAbandoned, PartnershipEvent.EvaluationFallenDue,
        PartnershipEvent.EvaluationOverdue, PartnershipEvent.NoticeDeadlineApproaching,
        PartnershipEvent.NoticeOfNonRenewalGiven, PartnershipEvent.PartnershipRenewedTacitly,
        PartnershipEvent.PartnershipExpired, PartnershipEvent.ObligationFallenDue,
        PartnershipEvent.ObligationOverdue, PartnershipEvent.ObligationFulfilled,
        PartnershipEvent.PersonalDataErased, PartnershipEvent.PersonalDataRectified {

    UUID partnershipId();

    /** The published name and revision of an event class, as carried on the topic. */
    static EventType typeOf(Class<? extends PartnershipEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(eventClass.getName() + " lacks @EventType: it cannot be published");
        }
        return type;
    }

    /** A lead institution proposed a partnership with its first version of the terms. */
    @EventType(name = "PartnershipProposed", revision = 1)
    record PartnershipProposed(
            UUID partnershipId,
            String reference,
            String title,
            String purpose,
            PartnershipType type,
            LegalBasis legalBasis,
            Territory territory,
            Institution lead,
            Terms terms,
            String termsHash,
            Instant proposedAt) implements PartnershipEvent {
    }

    /** An institution was invited to join a proposed partnership in a given role. */
    @EventType(name = "PartnerInvited", revision = 1)
    record PartnerInvited(
            UUID partnershipId,
            Institution institution,
            PartnerRole role,
            Instant invitedAt) implements PartnershipEvent {
    }

    /** An invited institution accepted to take part: it is a partner from now on. */
    @EventType(name = "InvitationAccepted", revision = 1)
    record InvitationAccepted(UUID partnershipId, String institutionId, Instant acceptedAt)
            implements PartnershipEvent {
    }

    /** An invited institution declined to take part, saying why. */
    @EventType(name = "InvitationDeclined", revision = 1)
    record InvitationDeclined(UUID partnershipId, String institutionId, String reason, Instant declinedAt)
            implements PartnershipEvent {
    }

    /**
     * A partner put a new version of the terms on the table (a counter-proposal, or an amendment of active
     * terms), built on {@code baseVersion}; every approval given so far lapses.
     */
    @EventType(name = "TermsProposed", revision = 1)
    record TermsProposed(
            UUID partnershipId,
            int version,
            int baseVersion,
            Terms terms,
            String termsHash,
            String rationale,
            String proposedBy,
            Instant proposedAt) implements PartnershipEvent {
    }

    /** A partner approved the version on the table, bound to its content hash. */
    @EventType(name = "TermsApproved", revision = 1)
    record TermsApproved(UUID partnershipId, int version, String termsHash, String institutionId, Instant approvedAt)
            implements PartnershipEvent {
    }

    /** A partner rejected the version on the table, saying why; negotiation goes on. */
    @EventType(name = "TermsRejected", revision = 1)
    record TermsRejected(UUID partnershipId, int version, String institutionId, String reason, Instant rejectedAt)
            implements PartnershipEvent {
    }

    /** Every current partner approved the same version: its terms are frozen and ready to be signed. */
    @EventType(name = "AgreementReached", revision = 1)
    record AgreementReached(UUID partnershipId, int version, String termsHash, Instant reachedAt)
            implements PartnershipEvent {
    }

    /** An authorised signatory signed the agreed version for their institution, bound to its hash. */
    @EventType(name = "AgreementSigned", revision = 1)
    record AgreementSigned(
            UUID partnershipId,
            int version,
            String termsHash,
            String institutionId,
            @Personal(Personal.Kind.NAME) String signatoryName,
            @Personal(Personal.Kind.CAPACITY) String signatoryCapacity,
            Instant signedAt) implements PartnershipEvent {
    }

    /** Every partner signed: the partnership is in force from {@code effectiveDate}. */
    @EventType(name = "PartnershipActivated", revision = 1)
    record PartnershipActivated(UUID partnershipId, int version, LocalDate effectiveDate, Instant activatedAt)
            implements PartnershipEvent {
    }

    /**
     * The steering committee evaluated a period: a measured value per indicator, findings on how the
     * partnership works, a rating from 1 to 5 and recommendations.
     */
    @EventType(name = "EvaluationRecorded", revision = 1)
    record EvaluationRecorded(
            UUID partnershipId,
            UUID evaluationId,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<Measurement> measurements,
            String findings,
            int rating,
            List<String> recommendations,
            String recordedBy,
            Instant recordedAt) implements PartnershipEvent {

        /** The value an indicator reached over the period. */
        public record Measurement(String indicator, BigDecimal value) {
        }
    }

    /** A partner opened an amendment (avenant) of the active partnership; its terms are renegotiated. */
    @EventType(name = "AmendmentOpened", revision = 1)
    record AmendmentOpened(UUID partnershipId, int amendmentNumber, String reason, String openedBy, Instant openedAt)
            implements PartnershipEvent {
    }

    /** Every partner signed the amended terms: they replace the previous ones from {@code effectiveDate}. */
    @EventType(name = "AmendmentInForce", revision = 1)
    record AmendmentInForce(
            UUID partnershipId,
            int amendmentNumber,
            int version,
            String termsHash,
            LocalDate effectiveDate,
            Instant inForceAt) implements PartnershipEvent {
    }

    /** A partner gave notice of leaving; it stops being a partner on {@code effectiveDate}. */
    @EventType(name = "PartnerWithdrew", revision = 1)
    record PartnerWithdrew(
            UUID partnershipId,
            String institutionId,
            String reason,
            LocalDate effectiveDate,
            Instant noticeGivenAt) implements PartnershipEvent {
    }

    /** The partnership ended, for one of the reasons the law and practice know; nothing happens after it. */
    @EventType(name = "PartnershipDissolved", revision = 1)
    record PartnershipDissolved(
            UUID partnershipId,
            DissolutionReason reason,
            String details,
            LocalDate effectiveDate,
            String dissolvedBy,
            Instant dissolvedAt) implements PartnershipEvent {
    }

    /** The negotiation was given up before anyone signed; nothing happens after it. */
    @EventType(name = "NegotiationAbandoned", revision = 1)
    record NegotiationAbandoned(UUID partnershipId, String reason, String abandonedBy, Instant abandonedAt)
            implements PartnershipEvent {
    }

    /**
     * The evaluation plan asks for an evaluation of the period from {@code periodStart} to {@code periodEnd}, due
     * from {@code dueDate}; recorded by Entente itself as that day began.
     */
    @EventType(name = "EvaluationFallenDue", revision = 1)
    record EvaluationFallenDue(UUID partnershipId, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
                               Instant fallenDueAt) implements PartnershipEvent {
    }

    /**
     * The evaluation due from {@code dueDate} was still not recorded {@code graceDays} days later; recorded by
     * Entente itself.
     */
    @EventType(name = "EvaluationOverdue", revision = 1)
    record EvaluationOverdue(UUID partnershipId, LocalDate dueDate, int graceDays, Instant overdueAt)
            implements PartnershipEvent {
    }

    /**
     * A reminder that the term renews by itself unless a partner gives notice by {@code noticeDeadline}, the last
     * day to do so; {@code daysLeft} days remain. Recorded by Entente itself.
     */
    @EventType(name = "NoticeDeadlineApproaching", revision = 1)
    record NoticeDeadlineApproaching(UUID partnershipId, LocalDate noticeDeadline, LocalDate termEnd, int daysLeft,
                                     Instant remindedAt) implements PartnershipEvent {
    }

    /**
     * A partner gave notice that the partnership is not to be renewed: it expires after {@code termEnd}, its term's
     * last day, instead of renewing by itself.
     */
    @EventType(name = "NoticeOfNonRenewalGiven", revision = 1)
    record NoticeOfNonRenewalGiven(UUID partnershipId, String institutionId, String reason, LocalDate noticeDeadline,
                                   LocalDate termEnd, Instant givenAt) implements PartnershipEvent {
    }

    /**
     * The term ended on {@code previousEnd} without notice from any partner: the partnership goes on for a new
     * term from {@code start} to {@code end} (reconduction tacite). Recorded by Entente itself.
     */
    @EventType(name = "PartnershipRenewedTacitly", revision = 1)
    record PartnershipRenewedTacitly(UUID partnershipId, LocalDate previousEnd, LocalDate start, LocalDate end,
                                     Instant renewedAt) implements PartnershipEvent {
    }

    /**
     * The term ended on {@code lastDay} and was not renewed (the terms renew only explicitly or not at all, or
     * {@code noticeGivenBy} gave notice): nothing happens after it. Recorded by Entente itself.
     */
    @EventType(name = "PartnershipExpired", revision = 1)
    record PartnershipExpired(UUID partnershipId, LocalDate lastDay, String noticeGivenBy, Instant expiredAt)
            implements PartnershipEvent {
    }

    /**
     * The period from {@code periodStart} to {@code periodEnd} ended and with it arose an {@code obligation}, to be
     * fulfilled by {@code deadline}, its last day. Recorded by Entente itself.
     */
    @EventType(name = "ObligationFallenDue", revision = 1)
    record ObligationFallenDue(UUID partnershipId, Obligation obligation, LocalDate periodStart, LocalDate periodEnd,
                               LocalDate deadline, Instant fallenDueAt) implements PartnershipEvent {
    }

    /**
     * The {@code obligation} for the period ending on {@code periodEnd} was not fulfilled by {@code deadline}; it
     * can still be. Recorded by Entente itself.
     */
    @EventType(name = "ObligationOverdue", revision = 1)
    record ObligationOverdue(UUID partnershipId, Obligation obligation, LocalDate periodEnd, LocalDate deadline,
                             Instant overdueAt) implements PartnershipEvent {
    }

    /**
     * A partner, {@code institutionId}, fulfilled the {@code obligation} for the period from {@code periodStart} to
     * {@code periodEnd}, late or not: for a compte rendu financier, {@code amount} is what the year's funding paid
     * for and {@code summary} what the report says.
     */
    @EventType(name = "ObligationFulfilled", revision = 1)
    record ObligationFulfilled(UUID partnershipId, Obligation obligation, LocalDate periodStart, LocalDate periodEnd,
                               String institutionId, BigDecimal amount, String summary, Instant fulfilledAt) implements PartnershipEvent {
    }

    /**
     * A person's values recorded in this partnership were erased: {@code commitments} are the texts of the salted
     * commitments that stood for them (docs/ledger.md §9), which nobody can open any more. It holds nothing of the
     * person, not even who they were, and it can happen in any status, an ended partnership's included. The
     * {@code ground} says why: the person asked, or the retention period of that kind of data ended.
     */
    @EventType(name = "PersonalDataErased", revision = 1)
    record PersonalDataErased(UUID partnershipId, List<String> commitments, ErasureGround ground, Instant erasedAt)
            implements PartnershipEvent {
    }

    /**
     * A person's name, or their capacity as a signatory, as recorded in this partnership, was corrected: each
     * commitment of {@code replaces} now stands for the new {@code name} or the new {@code capacity} (one of them is
     * given), committed afresh under a new salt. The wrong value is gone from the vault; the commitments, and with
     * them every proof, stay as they were. It can happen in any status.
     */
    @EventType(name = "PersonalDataRectified", revision = 1)
    record PersonalDataRectified(UUID partnershipId, List<String> replaces, @Personal(Personal.Kind.NAME) String name,
                                 @Personal(Personal.Kind.CAPACITY) String capacity, Instant rectifiedAt)
            implements PartnershipEvent {

        /** The one value it records, name or capacity. */
        public String value() {
            return name != null ? name : capacity;
        }
    }
}
