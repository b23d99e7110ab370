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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One realistic instance of every event of the contract, for approval and schema tests. */
final class SampleEvents {

    static final UUID ID = UUID.fromString("5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11");
    static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");
    static final String HASH = "sha256:9f2c4d8e0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d";
    /** The text of a salted commitment, as an erased or rectified personal value leaves it in the ledger. */
    static final String ERASED = "sha256:" + "5e".repeat(32);
    static final Institution CCAS = new Institution("ccas-metz", "CCAS de Metz", Institution.Kind.LOCAL_AUTHORITY);
    static final Institution CAF = new Institution("caf-57", "CAF de la Moselle", Institution.Kind.SOCIAL_SECURITY_FUND);
    static final Terms TERMS = new Terms(
            List.of(new Terms.Objective("Open 40 new places in leisure centres", List.of(
                    new Terms.Indicator("places", "places", new BigDecimal("120"), new BigDecimal("160"))))),
            List.of(new Terms.Contribution("caf-57", Terms.Contribution.Kind.FUNDING,
                    "Prestation de service enfance jeunesse", new BigDecimal("180000.00"), null, "yearly"),
                    new Terms.Contribution("ccas-metz", Terms.Contribution.Kind.STAFF, "Animators", null,
                            new BigDecimal("4.5"), null)),
            new Terms.Governance("One elected member and one officer per partner", "quarterly", "consensus"),
            new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                    Terms.Duration.Renewal.EXPLICIT, 90),
            new Terms.EvaluationPlan("yearly", List.of("attendance", "families reached")));

    private SampleEvents() {
    }

    static List<PartnershipEvent> all() {
        return List.of(
                new PartnershipProposed(ID, "CEJ-57-2026-014", "Contrat Enfance Jeunesse Metz-Nord",
                        "Childcare and leisure for children aged 0 to 17", PartnershipType.PROJECT,
                        new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-57-2026-014"),
                        new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS, TERMS, HASH, AT),
                new PartnerInvited(ID, CAF, PartnerRole.FUNDER, AT),
                new InvitationAccepted(ID, "caf-57", AT),
                new InvitationDeclined(ID, "caf-57", "No budget line this year", AT),
                new TermsProposed(ID, 2, 1, TERMS, HASH, "The board cut the budget", "caf-57", AT),
                new TermsApproved(ID, 2, HASH, "caf-57", AT),
                new TermsRejected(ID, 2, "caf-57", "Funding too high", AT),
                new AgreementReached(ID, 2, HASH, AT),
                new AgreementSigned(ID, 2, HASH, "caf-57", "Karim Benali", "Directeur", AT),
                new PartnershipActivated(ID, 2, LocalDate.of(2026, 3, 2), AT),
                new EvaluationRecorded(ID, UUID.fromString("0d7f3c1a-56a2-4d0e-9a43-0c1f1b0b2e01"),
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        List.of(new EvaluationRecorded.Measurement("places", new BigDecimal("151"))),
                        "The steering committee met four times; families ask for Wednesday openings", 4,
                        List.of("Open on Wednesdays"), "ccas-metz", AT),
                new AmendmentOpened(ID, 1, "The evaluation asks for more places", "ccas-metz", AT),
                new AmendmentInForce(ID, 1, 3, HASH, LocalDate.of(2027, 1, 1), AT),
                new PartnerWithdrew(ID, "caf-57", "Merging with another fund", LocalDate.of(2027, 4, 1), AT),
                new PartnershipDissolved(ID, DissolutionReason.OBJECTIVES_ACHIEVED, "All places open",
                        LocalDate.of(2029, 12, 31), "ccas-metz", AT),
                new NegotiationAbandoned(ID, "Project cancelled by the council", "ccas-metz", AT),
                new EvaluationFallenDue(ID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 1), AT),
                new EvaluationOverdue(ID, LocalDate.of(2027, 1, 1), 30, AT),
                new NoticeDeadlineApproaching(ID, LocalDate.of(2029, 10, 2), LocalDate.of(2029, 12, 31), 30, AT),
                new NoticeOfNonRenewalGiven(ID, "caf-57", "The programme ends with this term",
                        LocalDate.of(2029, 10, 2), LocalDate.of(2029, 12, 31), AT),
                new PartnershipRenewedTacitly(ID, LocalDate.of(2029, 12, 31), LocalDate.of(2030, 1, 1),
                        LocalDate.of(2033, 12, 31), AT),
                new PartnershipExpired(ID, LocalDate.of(2029, 12, 31), "caf-57", AT),
                new ObligationFallenDue(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30), AT),
                new ObligationOverdue(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 6, 30), AT),
                new ObligationFulfilled(ID, Obligation.FINANCIAL_REPORT, LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), "ccas-metz", new BigDecimal("19850.40"),
                        "Prestation de service versée et dépensée pour l’accueil du mercredi", AT),
                new PersonalDataErased(ID, List.of(ERASED), ErasureGround.PERSON_REQUEST, AT),
                new PersonalDataRectified(ID, List.of(ERASED), "Claire Martin-Dubois", null, AT));
    }
}
