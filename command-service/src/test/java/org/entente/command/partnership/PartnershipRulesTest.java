package org.entente.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.command.partnership.CommandRefused.Reason;
import org.entente.command.partnership.Commands.AbandonNegotiation;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.OnPartnership;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.ProposeTerms;
import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.command.partnership.Commands.RejectTerms;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.command.partnership.Commands.WithdrawPartner;
import org.entente.events.DissolutionReason;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.EvaluationRecorded.Measurement;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.Terms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.command.partnership.Scenario.CCAS;
import static org.entente.command.partnership.Scenario.CLAIRE;
import static org.entente.command.partnership.Scenario.HASH;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.KARIM;
import static org.entente.command.partnership.Scenario.KARIM_NOT_SIGNATORY;
import static org.entente.command.partnership.Scenario.LEA;
import static org.entente.command.partnership.Scenario.NOW;
import static org.entente.command.partnership.Scenario.STRANGER;
import static org.entente.command.partnership.Scenario.TERMS;
import static org.entente.command.partnership.Scenario.TODAY;

/** Each rule of DESIGN §3, broken once: the command is refused with its code and nothing is recorded. */
class PartnershipRulesTest {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void fixture() {
        fixture = KeptItems.fixture(new KeptItems(), CLOCK);
    }

    /** Refused by the pure decision with exactly this reason, and by the aggregate with no event recorded. */
    private void refused(List<PartnershipEvent> history, OnPartnership command, Reason reason) {
        assertThatThrownBy(() -> Decider.decide(PartnershipState.of(history), command, CLOCK))
                .isInstanceOfSatisfying(CommandRefused.class, refusal -> assertThat(refusal.reason()).isEqualTo(reason));
        fixture.given(List.<Object>copyOf(history)).when(command)
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Nested
    class OnlyPartnersAct {

        @Test
        void anInstitutionThatIsNotParty_findsNothing() {
            refused(Scenario.negotiating(), new ApproveTerms(ID, STRANGER, 1, HASH, null, null), Reason.NOT_FOUND);
        }

        @Test
        void anInviteeThatHasNotAccepted_cannotApprove() {
            refused(Scenario.proposed(), new ApproveTerms(ID, KARIM, 1, HASH, null, null), Reason.NOT_A_PARTNER);
        }

        @Test
        void onlyTheLead_abandons() {
            refused(Scenario.negotiating(), new AbandonNegotiation(ID, KARIM, "Changed our mind", null),
                    Reason.LEAD_ONLY);
        }
    }

    @Nested
    class Signing {

        @Test
        void onlyASignatory_signs() {
            refused(Scenario.agreed(), new SignAgreement(ID, KARIM_NOT_SIGNATORY, HASH, "Agent", null, null),
                    Reason.SIGNATORY_REQUIRED);
        }

        @Test
        void signing_fails_whenTermsAreNotAgreed() {
            refused(Scenario.negotiating(), new SignAgreement(ID, KARIM, HASH, "Directeur", null, null), Reason.NOT_AGREED);
        }

        @Test
        void signing_fails_forAnotherHashThanTheAgreedOne() {
            refused(Scenario.agreed(), new SignAgreement(ID, KARIM, "sha256:0000", "Directeur", null, null),
                    Reason.HASH_MISMATCH);
        }

        @Test
        void signing_fails_theSecondTime() {
            refused(Scenario.plus(Scenario.agreed(), Scenario.signed(Scenario.CAF)),
                    new SignAgreement(ID, KARIM, HASH, "Directeur", null, null), Reason.ALREADY_SIGNED);
        }

        @Test
        void abandoning_fails_onceSomebodySigned() {
            refused(Scenario.plus(Scenario.agreed(), Scenario.signed(Scenario.CAF)),
                    new AbandonNegotiation(ID, CLAIRE, "Too late", null), Reason.SIGNATURES_GIVEN);
        }
    }

    @Nested
    class Negotiating {

        @Test
        void approving_fails_forAVersionThatIsNotOnTheTable() {
            refused(Scenario.negotiating(), new ApproveTerms(ID, KARIM, 2, null, null, null), Reason.NOT_ON_THE_TABLE);
        }

        @Test
        void approving_fails_twice() {
            refused(Scenario.plus(Scenario.negotiating(), new TermsApproved(ID, 1, HASH, "caf-57", NOW)),
                    new ApproveTerms(ID, KARIM, 1, HASH, null, null), Reason.ALREADY_APPROVED);
        }

        @Test
        void proposing_fails_onAStaleBase() {
            refused(Scenario.negotiating(), new ProposeTerms(ID, KARIM, 7, TERMS, "Why not", null, null),
                    Reason.STALE_BASE_VERSION);
        }

        @Test
        void proposing_fails_onceAgreed_theTermsAreFrozen() {
            refused(Scenario.agreed(), new ProposeTerms(ID, KARIM, 1, TERMS, "One more thing", null, null),
                    Reason.TERMS_FROZEN);
        }

        @Test
        void endAfterStart() {
            Terms backwards = new Terms(TERMS.objectives(), TERMS.contributions(), TERMS.governance(),
                    new Terms.Duration(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                            Terms.Duration.Renewal.NONE, 30), TERMS.evaluationPlan());
            refused(Scenario.negotiating(), new ProposeTerms(ID, KARIM, 1, backwards, "Reversed", null, null),
                    Reason.END_BEFORE_START);
        }

        @Test
        void amountsAreNotNegative() {
            Terms negative = new Terms(TERMS.objectives(), List.of(new Terms.Contribution("caf-57",
                    Terms.Contribution.Kind.FUNDING, "Refund", new BigDecimal("-1"), null, null)),
                    TERMS.governance(), TERMS.duration(), TERMS.evaluationPlan());
            refused(Scenario.negotiating(), new ProposeTerms(ID, KARIM, 1, negative, "Refund", null, null),
                    Reason.NEGATIVE_AMOUNT);
        }

        @Test
        void textsAreBounded() {
            refused(Scenario.negotiating(), new RejectTerms(ID, KARIM, 1, "x".repeat(2001), null),
                    Reason.TEXT_TOO_LONG);
        }

        @Test
        void aRejection_saysWhy() {
            refused(Scenario.negotiating(), new RejectTerms(ID, KARIM, 1, " ", null), Reason.TEXT_REQUIRED);
        }
    }

    @Nested
    class InForce {

        @Test
        void evaluations_onlyWhileActive() {
            refused(Scenario.agreed(), evaluation(4), Reason.NOT_IN_FORCE);
        }

        @Test
        void aRating_isFromOneToFive() {
            refused(Scenario.active(), evaluation(6), Reason.RATING_OUT_OF_RANGE);
        }

        @Test
        void anAmendment_atATime() {
            refused(Scenario.plus(Scenario.active(), new PartnershipEvent.AmendmentOpened(ID, 1, "More places",
                    CCAS.id(), NOW)), new OpenAmendment(ID, KARIM, "Another", null), Reason.ALREADY_AMENDING);
        }

        @Test
        void theLead_cannotWithdraw_exactlyOneLeadRemains() {
            refused(Scenario.active(), new WithdrawPartner(ID, CLAIRE, "Leaving", null), Reason.LEAD_CANNOT_WITHDRAW);
        }

        @Test
        void aWithdrawal_mustLeaveTwoPartners() {
            refused(Scenario.plus(Scenario.active(), new PartnershipEvent.PartnerWithdrew(ID, "ligue-57", "Merger",
                    TODAY, NOW)), new WithdrawPartner(ID, KARIM, "Leaving too", null), Reason.NOT_ENOUGH_PARTNERS);
        }

        @Test
        void aDissolution_takesEffectTodayOrLater() {
            refused(Scenario.active(), new DissolvePartnership(ID, CLAIRE, DissolutionReason.BREACH, null,
                    TODAY.minusDays(1), null), Reason.EFFECTIVE_DATE_IN_PAST);
        }
    }

    @Nested
    class NothingAfterTheEnd {

        @Test
        void nothing_afterDissolution() {
            refused(Scenario.dissolved(), evaluation(3), Reason.PARTNERSHIP_CLOSED);
        }

        @Test
        void nothing_afterAbandonment() {
            refused(Scenario.plus(Scenario.proposed(), new NegotiationAbandoned(ID, "Cancelled", CCAS.id(), NOW)),
                    new AcceptInvitation(ID, KARIM, null, null), Reason.PARTNERSHIP_CLOSED);
        }
    }

    private static RecordEvaluation evaluation(int rating) {
        return new RecordEvaluation(ID, LEA, UUID.randomUUID(), TODAY.minusYears(1), TODAY,
                List.of(new Measurement("places", BigDecimal.TEN)), "Fine", rating, List.of(), null);
    }
}
