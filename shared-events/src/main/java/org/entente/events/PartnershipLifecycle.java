package org.entente.events;

import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.InvitationDeclined;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.NoticeOfNonRenewalGiven;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationFulfilled;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;
import org.entente.events.PartnershipEvent.PersonalDataErased;
import org.entente.events.PartnershipEvent.PersonalDataRectified;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipEvent.TermsRejected;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static org.entente.events.PartnershipStatus.ABANDONED;
import static org.entente.events.PartnershipStatus.ACTIVE;
import static org.entente.events.PartnershipStatus.AGREED;
import static org.entente.events.PartnershipStatus.AMENDING;
import static org.entente.events.PartnershipStatus.DISSOLVED;
import static org.entente.events.PartnershipStatus.EXPIRED;
import static org.entente.events.PartnershipStatus.NEGOTIATING;
import static org.entente.events.PartnershipStatus.PROPOSED;

/**
 * The status machine of a partnership, the one definition both services fold and the contract publishes: for
 * every event type, the statuses it can happen in and the status after it. A {@code PartnershipProposed} starts
 * a partnership; every later event of it is recorded only in the statuses listed here, so a fold that meets any
 * other pair is reading a history Entente never wrote. {@code docs/events.md}'s table and
 * {@code schemas/lifecycle.json} are generated from this class.
 */
public final class PartnershipLifecycle {

    private static final Map<Class<? extends PartnershipEvent>, Map<PartnershipStatus, PartnershipStatus>> AFTER =
            Map.ofEntries(
                    // Invitations go out with the proposal, in the same commit.
                    Map.entry(PartnerInvited.class, unchanged(PROPOSED)),
                    Map.entry(InvitationAccepted.class, unchanged(PROPOSED, NEGOTIATING)),
                    Map.entry(InvitationDeclined.class, unchanged(PROPOSED, NEGOTIATING)),
                    // A new version opens the negotiation, or goes on with the amendment under way.
                    Map.entry(TermsProposed.class, Map.of(PROPOSED, NEGOTIATING, NEGOTIATING, NEGOTIATING,
                            AMENDING, AMENDING)),
                    Map.entry(TermsApproved.class, unchanged(PROPOSED, NEGOTIATING, AMENDING)),
                    Map.entry(TermsRejected.class, Map.of(PROPOSED, NEGOTIATING, NEGOTIATING, NEGOTIATING,
                            AMENDING, AMENDING)),
                    // An amendment's agreement is signed while the convention stays in force.
                    Map.entry(AgreementReached.class, Map.of(PROPOSED, AGREED, NEGOTIATING, AGREED,
                            AMENDING, AMENDING)),
                    Map.entry(AgreementSigned.class, unchanged(AGREED, AMENDING)),
                    Map.entry(PartnershipActivated.class, Map.of(AGREED, ACTIVE)),
                    Map.entry(EvaluationRecorded.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(AmendmentOpened.class, Map.of(ACTIVE, AMENDING)),
                    Map.entry(AmendmentInForce.class, Map.of(AMENDING, ACTIVE)),
                    Map.entry(PartnerWithdrew.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(PartnershipDissolved.class, Map.of(ACTIVE, DISSOLVED, AMENDING, DISSOLVED)),
                    // Nobody is bound before the first signature: until then the lead may give up.
                    Map.entry(NegotiationAbandoned.class, Map.of(PROPOSED, ABANDONED, NEGOTIATING, ABANDONED,
                            AGREED, ABANDONED)),
                    // The passage of time, recorded by Entente itself while the convention is in force.
                    Map.entry(EvaluationFallenDue.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(EvaluationOverdue.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(NoticeDeadlineApproaching.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(NoticeOfNonRenewalGiven.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(PartnershipRenewedTacitly.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(PartnershipExpired.class, Map.of(ACTIVE, EXPIRED, AMENDING, EXPIRED)),
                    Map.entry(ObligationFallenDue.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(ObligationOverdue.class, unchanged(ACTIVE, AMENDING)),
                    Map.entry(ObligationFulfilled.class, unchanged(ACTIVE, AMENDING)),
                    // What the vault does to a person's values is recorded whatever became of the partnership.
                    Map.entry(PersonalDataErased.class, unchanged(PartnershipStatus.values())),
                    Map.entry(PersonalDataRectified.class, unchanged(PartnershipStatus.values())));

    private PartnershipLifecycle() {
    }

    /** The event type that starts a partnership, and the status it starts in. */
    public static Class<? extends PartnershipEvent> startingEvent() {
        return PartnershipProposed.class;
    }

    public static PartnershipStatus startingStatus() {
        return PROPOSED;
    }

    /** The status of a partnership whose first event is {@code event}. */
    public static PartnershipStatus start(PartnershipEvent event) {
        if (!(event instanceof PartnershipProposed)) {
            throw new IllegalStateException(name(event.getClass()) + " cannot start partnership "
                    + event.partnershipId() + ": only " + name(startingEvent()) + " does");
        }
        return startingStatus();
    }

    /** The status after {@code event} of a partnership that was {@code before}. */
    public static PartnershipStatus after(PartnershipStatus before, PartnershipEvent event) {
        PartnershipStatus next = transitions(event.getClass()).get(before);
        if (next == null) {
            throw new IllegalStateException(name(event.getClass()) + " cannot happen to partnership "
                    + event.partnershipId() + " while it is " + before);
        }
        return next;
    }

    /**
     * For each status {@code type} can happen in, the status after it, in the statuses' order; empty for the
     * starting event, which happens to no status.
     */
    public static Map<PartnershipStatus, PartnershipStatus> transitions(Class<? extends PartnershipEvent> type) {
        if (type == startingEvent()) {
            return Map.of();
        }
        return Optional.ofNullable(AFTER.get(type)).map(EnumMap::new).orElseThrow(() ->
                new IllegalArgumentException("No lifecycle for " + type.getName()));
    }

    private static Map<PartnershipStatus, PartnershipStatus> unchanged(PartnershipStatus... statuses) {
        Map<PartnershipStatus, PartnershipStatus> same = new EnumMap<>(PartnershipStatus.class);
        Arrays.stream(statuses).forEach(status -> same.put(status, status));
        return same;
    }

    private static String name(Class<? extends PartnershipEvent> type) {
        return PartnershipEvent.typeOf(type).name();
    }
}
