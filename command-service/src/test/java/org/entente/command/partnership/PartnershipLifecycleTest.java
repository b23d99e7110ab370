package org.entente.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.entente.command.partnership.Commands.AbandonNegotiation;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.DeclineInvitation;
import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.ProposeTerms;
import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.command.partnership.Commands.RejectTerms;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.command.partnership.Commands.WithdrawPartner;
import org.entente.events.DissolutionReason;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.EvaluationRecorded.Measurement;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.InvitationDeclined;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipEvent.TermsRejected;
import org.entente.events.Terms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.entente.command.partnership.Scenario.CAF;
import static org.entente.command.partnership.Scenario.CCAS;
import static org.entente.command.partnership.Scenario.CLAIRE;
import static org.entente.command.partnership.Scenario.HASH;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.KARIM;
import static org.entente.command.partnership.Scenario.LEA;
import static org.entente.command.partnership.Scenario.LIGUE;
import static org.entente.command.partnership.Scenario.NOW;
import static org.entente.command.partnership.Scenario.TERMS;
import static org.entente.command.partnership.Scenario.TODAY;

/** Every step of the lifecycle, as given events, when a command, then events (DESIGN §3). */
class PartnershipLifecycleTest {

    private static final UUID EVALUATION = UUID.fromString("0d7f3c1a-56a2-4d0e-9a43-0c1f1b0b2e01");

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void fixture() {
        fixture = KeptItems.fixture(new KeptItems(), Clock.fixed(NOW, ZoneId.of("Europe/Paris")));
    }

    private ResultValidator<Partnership> given(List<PartnershipEvent> history, Object command) {
        return fixture.given(List.<Object>copyOf(history)).when(command);
    }

    @Nested
    class Invitations {

        @Test
        void anInvitee_accepts_andBecomesAPartner() {
            given(Scenario.proposed(), new AcceptInvitation(ID, KARIM, null, null))
                    .expectEvents(new InvitationAccepted(ID, CAF.id(), NOW))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void anInvitee_declines_withAReason() {
            given(Scenario.proposed(), new DeclineInvitation(ID, KARIM, "No budget this year", null))
                    .expectEvents(new InvitationDeclined(ID, CAF.id(), "No budget this year", NOW));
        }

        @Test
        void accepting_fails_whenThereIsNoPendingInvitation() {
            given(Scenario.negotiating(), new AcceptInvitation(ID, KARIM, null, null))
                    .expectException(CommandRefused.class).expectNoEvents();
        }
    }

    @Nested
    class Negotiating {

        @Test
        void aPartner_proposesANewVersion_withItsRationaleAndBase() {
            Terms counter = TermsHashTest.terms(new BigDecimal("150000"));

            given(Scenario.negotiating(), new ProposeTerms(ID, KARIM, 1, counter, "Budget cut by the board", null, null))
                    .expectEvents(new TermsProposed(ID, 2, 1, counter, TermsHash.of(counter),
                            "Budget cut by the board", CAF.id(), NOW));
        }

        @Test
        void theLastApproval_reachesAgreement_onThatVersion() {
            List<PartnershipEvent> twoApproved = Scenario.plus(Scenario.negotiating(),
                    new TermsApproved(ID, 1, HASH, CCAS.id(), NOW), new TermsApproved(ID, 1, HASH, CAF.id(), NOW));

            given(twoApproved, new ApproveTerms(ID, LEA, 1, HASH, null, null))
                    .expectEvents(new TermsApproved(ID, 1, HASH, LIGUE.id(), NOW),
                            new AgreementReached(ID, 1, HASH, NOW));
        }

        @Test
        void approvalsLapse_whenANewVersionIsProposed() {
            Terms counter = TermsHashTest.terms(new BigDecimal("150000"));
            String counterHash = TermsHash.of(counter);
            List<PartnershipEvent> history = Scenario.plus(Scenario.negotiating(),
                    new TermsApproved(ID, 1, HASH, CCAS.id(), NOW), new TermsApproved(ID, 1, HASH, LIGUE.id(), NOW),
                    new TermsProposed(ID, 2, 1, counter, counterHash, "Budget cut", CAF.id(), NOW),
                    new TermsApproved(ID, 2, counterHash, CAF.id(), NOW));

            // The CCAS and the Ligue approved version 1 only: the CAF's approval of version 2 agrees nothing.
            given(history, new ApproveTerms(ID, LEA, 2, counterHash, null, null))
                    .expectEvents(new TermsApproved(ID, 2, counterHash, LIGUE.id(), NOW));
        }

        @Test
        void aPartner_rejectsTheVersionOnTheTable_sayingWhy() {
            given(Scenario.negotiating(), new RejectTerms(ID, KARIM, 1, "Funding too high", null))
                    .expectEvents(new TermsRejected(ID, 1, CAF.id(), "Funding too high", NOW));
        }

        @Test
        void theLead_abandonsBeforeAnySignature() {
            given(Scenario.agreed(), new AbandonNegotiation(ID, CLAIRE, "Project cancelled", null))
                    .expectEvents(new NegotiationAbandoned(ID, "Project cancelled", CCAS.id(), NOW));
        }
    }

    @Nested
    class Signing {

        @Test
        void aSignatory_signsTheAgreedVersion_boundToItsHash() {
            given(Scenario.agreed(), new SignAgreement(ID, KARIM, HASH, "Directeur", null, null))
                    .expectEvents(new AgreementSigned(ID, 1, HASH, CAF.id(), KARIM.name(), "Directeur", NOW));
        }

        @Test
        void theLastSignature_activatesThePartnership() {
            List<PartnershipEvent> twoSigned = Scenario.plus(Scenario.agreed(), Scenario.signed(CCAS),
                    Scenario.signed(CAF));

            given(twoSigned, new SignAgreement(ID, LEA, HASH, "Présidente", null, null))
                    .expectEvents(new AgreementSigned(ID, 1, HASH, LIGUE.id(), LEA.name(), "Présidente", NOW),
                            new PartnershipActivated(ID, 1, TODAY, NOW));
        }
    }

    @Nested
    class InForce {

        @Test
        void aPartner_recordsAnEvaluation() {
            RecordEvaluation evaluation = new RecordEvaluation(ID, KARIM, EVALUATION, TODAY.minusYears(1), TODAY,
                    List.of(new Measurement("places", new BigDecimal("148"))), "Steering works well", 4,
                    List.of("Open on Wednesdays"), null);

            given(Scenario.active(), evaluation)
                    .expectEvents(new EvaluationRecorded(ID, EVALUATION, TODAY.minusYears(1), TODAY,
                            List.of(new Measurement("places", new BigDecimal("148"))), "Steering works well", 4,
                            List.of("Open on Wednesdays"), CAF.id(), NOW));
        }

        @Test
        void anAmendment_isOpened_negotiated_andPutInForceByTheLastSignature() {
            Terms amended = TermsHashTest.terms(new BigDecimal("200000"));
            String amendedHash = TermsHash.of(amended);
            List<PartnershipEvent> amendedAndSigned = Scenario.plus(Scenario.active(),
                    new AmendmentOpened(ID, 1, "Evaluation asks for more places", CCAS.id(), NOW),
                    new TermsProposed(ID, 2, 1, amended, amendedHash, "More places", CCAS.id(), NOW),
                    new TermsApproved(ID, 2, amendedHash, CCAS.id(), NOW),
                    new TermsApproved(ID, 2, amendedHash, CAF.id(), NOW),
                    new TermsApproved(ID, 2, amendedHash, LIGUE.id(), NOW),
                    new AgreementReached(ID, 2, amendedHash, NOW),
                    new AgreementSigned(ID, 2, amendedHash, CCAS.id(), CLAIRE.name(), "Présidente", NOW),
                    new AgreementSigned(ID, 2, amendedHash, CAF.id(), KARIM.name(), "Directeur", NOW));

            given(amendedAndSigned, new SignAgreement(ID, LEA, amendedHash, "Présidente", null, null))
                    .expectEvents(new AgreementSigned(ID, 2, amendedHash, LIGUE.id(), LEA.name(), "Présidente", NOW),
                            new AmendmentInForce(ID, 1, 2, amendedHash, TODAY, NOW));
        }

        @Test
        void opening_anAmendment() {
            given(Scenario.active(), new OpenAmendment(ID, CLAIRE, "Evaluation asks for more places", null))
                    .expectEvents(new AmendmentOpened(ID, 1, "Evaluation asks for more places", CCAS.id(), NOW));
        }

        @Test
        void aPartner_withdraws_withTheNoticeOfTheTerms() {
            given(Scenario.active(), new WithdrawPartner(ID, LEA, "Association merges", null))
                    .expectEvents(new PartnerWithdrew(ID, LIGUE.id(), "Association merges",
                            TODAY.plusDays(TERMS.duration().noticePeriodDays()), NOW));
        }

        @Test
        void thePartnership_isDissolved_forAReasonOfTheList() {
            given(Scenario.active(), new DissolvePartnership(ID, CLAIRE, DissolutionReason.MUTUAL_AGREEMENT,
                    "Objectives taken over by the department", null, null))
                    .expectEvents(new PartnershipDissolved(ID, DissolutionReason.MUTUAL_AGREEMENT,
                            "Objectives taken over by the department", TODAY, CCAS.id(), NOW));
        }
    }
}
