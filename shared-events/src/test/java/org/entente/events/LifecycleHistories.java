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
import org.entente.events.PartnershipEvent.PersonalDataErased;
import org.entente.events.PartnershipEvent.PersonalDataRectified;
import org.entente.events.PartnershipEvent.ObligationOverdue;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipEvent.TermsRejected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.entente.events.SampleEvents.AT;
import static org.entente.events.SampleEvents.CAF;
import static org.entente.events.SampleEvents.CCAS;
import static org.entente.events.SampleEvents.HASH;
import static org.entente.events.SampleEvents.ID;
import static org.entente.events.SampleEvents.TERMS;

/**
 * Two histories Entente could have written that, between them, hold every event of the contract, each in a status
 * it happens in: the services' folds are tested on them (shared-events' test jar), so that a new event type fails
 * those tests until a history shows it.
 */
public final class LifecycleHistories {

    private static final Institution LIGUE = new Institution("ligue-57", "Ligue 57", Institution.Kind.ASSOCIATION);
    private static final String AMENDED = "sha256:" + "a".repeat(64);
    private static final String COMMITTED = "sha256:" + "c".repeat(64);

    private LifecycleHistories() {
    }

    /** Three histories, ending DISSOLVED, ABANDONED and EXPIRED. */
    public static List<List<PartnershipEvent>> everyEventType() {
        return List.of(amendedThenDissolved(), declinedThenAbandoned(), renewedThenExpired());
    }

    /**
     * In force; an evaluation falls due and is overdue; a year's compte rendu financier falls due, is overdue and
     * is filed late; reminded of the notice deadline, nobody gives notice and
     * the term renews by itself; in the new term a partner gives notice, and it expires.
     */
    public static List<PartnershipEvent> renewedThenExpired() {
        List<PartnershipEvent> events = new ArrayList<>(proposed());
        events.addAll(List.of(new InvitationAccepted(ID, CAF.id(), AT), new InvitationAccepted(ID, LIGUE.id(), AT)));
        events.addAll(agreedAndSigned(1, HASH));
        events.addAll(List.of(new PartnershipActivated(ID, 1, LocalDate.of(2026, 1, 1), AT),
                new EvaluationFallenDue(ID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 1), AT),
                new EvaluationOverdue(ID, LocalDate.of(2027, 1, 1), 30, AT),
                new ObligationFallenDue(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30), AT),
                new ObligationOverdue(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 6, 30), AT),
                new ObligationFulfilled(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), CAF.id(), new BigDecimal("19850.40"),
                        "Compte rendu financier 2026", AT),
                new NoticeDeadlineApproaching(ID, LocalDate.of(2029, 10, 2), LocalDate.of(2029, 12, 31), 30, AT),
                new PartnershipRenewedTacitly(ID, LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1),
                        LocalDate.of(2033, 12, 31), AT),
                new NoticeOfNonRenewalGiven(ID, CAF.id(), "The programme ends with this term",
                        LocalDate.of(2033, 10, 2), LocalDate.of(2033, 12, 31), AT),
                new PartnershipExpired(ID, LocalDate.of(2033, 12, 31), CAF.id(), AT),
                // Years after its end, a signatory's name is corrected, then erased at their request.
                new PersonalDataRectified(ID, List.of(COMMITTED), "Claire Martin-Dubois", null, AT),
                new PersonalDataErased(ID, List.of(COMMITTED), ErasureGround.PERSON_REQUEST, AT)));
        return List.copyOf(events);
    }

    /**
     * Negotiated (a rejection, a counter-proposal), agreed, signed and in force; evaluated; amended; left by one
     * partner; dissolved.
     */
    public static List<PartnershipEvent> amendedThenDissolved() {
        List<PartnershipEvent> events = new ArrayList<>(proposed());
        events.addAll(List.of(new InvitationAccepted(ID, CAF.id(), AT), new InvitationAccepted(ID, LIGUE.id(), AT),
                new TermsRejected(ID, 1, CAF.id(), "Funding too high", AT),
                new TermsProposed(ID, 2, 1, TERMS, HASH, "The board cut the budget", CAF.id(), AT)));
        events.addAll(agreedAndSigned(2, HASH));
        events.add(new PartnershipActivated(ID, 2, LocalDate.of(2026, 3, 2), AT));
        events.add(new EvaluationRecorded(ID, UUID.fromString("0d7f3c1a-56a2-4d0e-9a43-0c1f1b0b2e01"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new EvaluationRecorded.Measurement("places", new BigDecimal("151"))), "Families ask for "
                + "Wednesday openings", 4, List.of("Open on Wednesdays"), CCAS.id(), AT));
        events.add(new AmendmentOpened(ID, 1, "The evaluation asks for more places", CCAS.id(), AT));
        events.add(new TermsProposed(ID, 3, 2, TERMS, AMENDED, "More places", CCAS.id(), AT));
        events.addAll(agreedAndSigned(3, AMENDED));
        events.addAll(List.of(new AmendmentInForce(ID, 1, 3, AMENDED, LocalDate.of(2027, 1, 1), AT),
                new PartnerWithdrew(ID, LIGUE.id(), "Merging with another association", LocalDate.of(2027, 4, 1), AT),
                new PartnershipDissolved(ID, DissolutionReason.OBJECTIVES_ACHIEVED, "All places open",
                        LocalDate.of(2029, 12, 31), CCAS.id(), AT)));
        return List.copyOf(events);
    }

    /** One invitee accepts, the other declines; the lead approves, then gives up before anyone signed. */
    public static List<PartnershipEvent> declinedThenAbandoned() {
        return Stream.concat(proposed().stream(), Stream.of(new InvitationAccepted(ID, CAF.id(), AT),
                new InvitationDeclined(ID, LIGUE.id(), "No staff this year", AT),
                new TermsApproved(ID, 1, HASH, CCAS.id(), AT),
                new NegotiationAbandoned(ID, "Project cancelled by the council", CCAS.id(), AT))).toList();
    }

    private static List<PartnershipEvent> proposed() {
        return List.of(new PartnershipProposed(ID, "CEJ-57-2026-014", "Contrat Enfance Jeunesse Metz-Nord",
                        "Childcare and leisure for children aged 0 to 17", PartnershipType.PROJECT,
                        new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-57-2026-014"),
                        new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS, TERMS, HASH, AT),
                new PartnerInvited(ID, CAF, PartnerRole.FUNDER, AT),
                new PartnerInvited(ID, LIGUE, PartnerRole.OPERATOR, AT));
    }

    /** Every partner approves {@code version}; agreement; every partner signs it. */
    private static List<PartnershipEvent> agreedAndSigned(int version, String hash) {
        List<PartnershipEvent> events = new ArrayList<>();
        Stream.of(CCAS, CAF, LIGUE).forEach(p -> events.add(new TermsApproved(ID, version, hash, p.id(), AT)));
        events.add(new AgreementReached(ID, version, hash, AT));
        Stream.of(CCAS, CAF, LIGUE).forEach(p -> events.add(new AgreementSigned(ID, version, hash, p.id(),
                "Signatory of " + p.name(), "Director", AT)));
        return events;
    }
}
