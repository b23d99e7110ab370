package org.entente.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.entente.calendar.DueItem;
import org.entente.events.DissolutionReason;
import org.entente.events.ErasureGround;
import org.entente.events.PartnershipEvent.EvaluationRecorded.Measurement;
import org.entente.events.Terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What partners ask of an existing partnership. Each names the partnership, who acts, and the version the
 * actor saw ({@code If-Match}; null when they did not say), so that a stale command is refused, not applied.
 */
final class Commands {

    private Commands() {
    }

    /** Every command on an existing partnership. */
    sealed interface OnPartnership permits AcceptInvitation, DeclineInvitation, ProposeTerms, ApproveTerms,
            RejectTerms, SignAgreement, RecordEvaluation, OpenAmendment, WithdrawPartner, DissolvePartnership,
            AbandonNegotiation, GiveNoticeOfNonRenewal, FileFinancialReport {

        UUID partnershipId();

        Actor actor();

        /**
         * The day the step really took effect, for a step of a convention brought in with its history
         * ({@link Reprise}); null when it takes effect as it is recorded, as every step of every other command.
         */
        default LocalDate effectiveDate() {
            return null;
        }
    }

    record AcceptInvitation(@TargetAggregateIdentifier UUID partnershipId, Actor actor, LocalDate effectiveDate,
                            @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record DeclineInvitation(@TargetAggregateIdentifier UUID partnershipId, Actor actor, String reason,
                             @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    /** A counter-proposal, or the new terms of an amendment, built on {@code baseVersion}. */
    record ProposeTerms(@TargetAggregateIdentifier UUID partnershipId, Actor actor, int baseVersion, Terms terms,
                        String rationale, LocalDate effectiveDate, @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record ApproveTerms(@TargetAggregateIdentifier UUID partnershipId, Actor actor, int version, String termsHash,
                        LocalDate effectiveDate, @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record RejectTerms(@TargetAggregateIdentifier UUID partnershipId, Actor actor, int version, String reason,
                       @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record SignAgreement(@TargetAggregateIdentifier UUID partnershipId, Actor actor, String termsHash,
                         String signatoryCapacity, LocalDate effectiveDate,
                         @TargetAggregateVersion Long expectedVersion)
            implements OnPartnership {
    }

    record RecordEvaluation(@TargetAggregateIdentifier UUID partnershipId, Actor actor, UUID evaluationId,
                            LocalDate periodStart, LocalDate periodEnd, List<Measurement> measurements,
                            String findings, int rating, List<String> recommendations,
                            @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record OpenAmendment(@TargetAggregateIdentifier UUID partnershipId, Actor actor, String reason,
                         @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record WithdrawPartner(@TargetAggregateIdentifier UUID partnershipId, Actor actor, String reason,
                           @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record DissolvePartnership(@TargetAggregateIdentifier UUID partnershipId, Actor actor, DissolutionReason reason,
                               String details, LocalDate effectiveDate,
                               @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    record AbandonNegotiation(@TargetAggregateIdentifier UUID partnershipId, Actor actor, String reason,
                              @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    /** A partner's notice that the partnership is not to be renewed by itself at the end of its term. */
    record GiveNoticeOfNonRenewal(@TargetAggregateIdentifier UUID partnershipId, Actor actor, String reason,
                                  @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    /**
     * A partner files the compte rendu financier of the funded year ending on {@code periodEnd}: what the funding
     * paid for, {@code amount}, and what the report says.
     */
    record FileFinancialReport(@TargetAggregateIdentifier UUID partnershipId, Actor actor, LocalDate periodEnd,
                               BigDecimal amount, String summary,
                               @TargetAggregateVersion Long expectedVersion) implements OnPartnership {
    }

    /**
     * Entente's own command as a due item's day begins: whatever the scheduler sends, however often, the
     * partnership records it once, and only if the item is still due (an amendment, a renewal, a notice or the
     * partnership's end may have changed that).
     */
    record ActOnDueItem(@TargetAggregateIdentifier UUID partnershipId, DueItem.Kind kind, LocalDate date) {
    }

    /**
     * Entente's own command for a partnership in force before the scheduler existed: its pending items written
     * into the schedule where they are not. It records nothing, and changes nothing when sent again.
     */
    record KeepCalendar(@TargetAggregateIdentifier UUID partnershipId) {
    }

    /**
     * The vault erased these commitments' values (a person's erasure, or the end of their retention): recorded in
     * the partnership whatever its status, by whoever erased them.
     */
    record RecordErasure(@TargetAggregateIdentifier UUID partnershipId, List<String> commitments,
                         ErasureGround ground) {
    }

    /**
     * A person's name, or capacity, as recorded in the partnership under these commitments, is corrected: one of
     * {@code name} and {@code capacity} is given.
     */
    record RecordRectification(@TargetAggregateIdentifier UUID partnershipId, List<String> replaces, String name,
                               String capacity) {
    }
}
