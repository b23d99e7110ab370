package org.entente.web.partnership;

import org.entente.events.PartnerRole;
import org.entente.events.PartnershipStatus;
import org.entente.events.Terms;
import org.entente.web.Fixtures;
import org.entente.web.api.Partnership;
import org.entente.web.signin.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Fixtures.agreement;
import static org.entente.web.Fixtures.partner;
import static org.entente.web.Fixtures.partnership;

/** The forms offered follow the command side's rules (DESIGN §3), read from the state the person sees. */
class AvailableStepsTest {

    static final Person CLAIRE = new Person("claire", "Claire", "ccas-metz", Set.of("partner", "signatory"));
    static final Person KARIM = new Person("karim", "Karim", "caf-57", Set.of("partner", "signatory"));
    static final Person KARIMS_COLLEAGUE = new Person("paul", "Paul", "caf-57", Set.of("partner"));
    static final Person AUDITOR = new Person("anne", "Anne", "cour-des-comptes", Set.of("auditor"));
    static final Person OUTSIDER = new Person("x", "X", "other-town", Set.of("partner", "signatory"));
    static final Clock MARCH_2027 = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @Nested
    class Negotiating {

        @Test
        void anInvitee_answersTheInvitation_andDoesNothingElse() {
            Partnership invited = partnership(PartnershipStatus.PROPOSED, null, List.of(), 2, List.of(
                    partner("ccas-metz", PartnerRole.LEAD, Partnership.Standing.ACTIVE),
                    partner("caf-57", PartnerRole.FUNDER, Partnership.Standing.INVITED)), List.of());

            assertThat(AvailableSteps.of(invited, KARIM)).containsExactlyInAnyOrder(Step.ACCEPT, Step.DECLINE);
            assertThat(AvailableSteps.awaiting(invited, KARIM, MARCH_2027)).containsExactly(Step.ACCEPT);
        }

        @Test
        void aPartner_counterProposesApprovesOrRejects_andTheLeadMayAbandon() {
            assertThat(AvailableSteps.of(Fixtures.negotiating(), CLAIRE)).containsExactlyInAnyOrder(
                    Step.COUNTER_PROPOSE, Step.APPROVE, Step.REJECT, Step.ABANDON);
            assertThat(AvailableSteps.of(Fixtures.negotiating(), KARIM)).containsExactlyInAnyOrder(
                    Step.COUNTER_PROPOSE, Step.APPROVE, Step.REJECT);
        }

        @Test
        void aPartnerThatApproved_isNotAskedAgain() {
            Partnership approved = partnership(PartnershipStatus.NEGOTIATING, null, List.of(), 6,
                    Fixtures.negotiating().partners(), List.of("caf-57"));

            assertThat(AvailableSteps.of(approved, KARIM)).containsExactly(Step.COUNTER_PROPOSE);
            assertThat(AvailableSteps.awaiting(approved, KARIM, MARCH_2027)).isEmpty();
        }
    }

    @Nested
    class Signing {

        @Test
        void onlyASignatoryWhoHasNotSigned_isOfferedTheSignature() {
            Partnership agreed = partnership(PartnershipStatus.AGREED, agreement("ccas-metz"), List.of(), 8);

            assertThat(AvailableSteps.of(agreed, KARIM)).contains(Step.SIGN).doesNotContain(Step.APPROVE,
                    Step.COUNTER_PROPOSE);
            assertThat(AvailableSteps.of(agreed, KARIMS_COLLEAGUE)).doesNotContain(Step.SIGN);
            assertThat(AvailableSteps.of(agreed, CLAIRE)).doesNotContain(Step.SIGN, Step.ABANDON);
        }
    }

    @Nested
    class InForce {

        @Test
        void partnersEvaluateAmendAndDissolve_andOnlyANonLeadWithdrawsFromThreeOrMore() {
            Partnership active = partnership(PartnershipStatus.ACTIVE, agreement("ccas-metz", "caf-57", "ligue-57"), List.of(), 12);

            // Its terms fund it (the CAF's prestation de service): each year's compte rendu financier is filed too.
            assertThat(AvailableSteps.of(active, KARIM)).containsExactlyInAnyOrder(Step.EVALUATE, Step.FILE_REPORT,
                    Step.AMEND, Step.DISSOLVE, Step.WITHDRAW);
            assertThat(AvailableSteps.of(active, CLAIRE)).containsExactlyInAnyOrder(Step.EVALUATE, Step.FILE_REPORT,
                    Step.AMEND, Step.DISSOLVE);
        }

        @Test
        void aPartnershipWithoutFunding_hasNoFinancialReportToFile() {
            Partnership active = partnership(PartnershipStatus.ACTIVE, null, List.of(), 12);
            Terms terms = active.terms().content();
            Terms unfunded = new Terms(terms.objectives(), terms.contributions().stream()
                    .filter(c -> c.kind() != Terms.Contribution.Kind.FUNDING).toList(), terms.governance(),
                    terms.duration(), terms.evaluationPlan());

            assertThat(AvailableSteps.of(withTerms(active, unfunded), CLAIRE)).doesNotContain(Step.FILE_REPORT);
        }

        @Test
        void everyPartner_mayGiveNoticeOfNonRenewal_whenTheTermsRenewTacitly() {
            Partnership active = partnership(PartnershipStatus.ACTIVE, null, List.of(), 12);
            Terms terms = active.terms().content();
            Terms tacit = new Terms(terms.objectives(), terms.contributions(), terms.governance(),
                    new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                            Terms.Duration.Renewal.TACIT, 90), terms.evaluationPlan());
            Partnership renewing = withTerms(active, tacit);

            assertThat(AvailableSteps.of(renewing, CLAIRE)).contains(Step.GIVE_NOTICE);
            assertThat(AvailableSteps.of(renewing, KARIM)).contains(Step.GIVE_NOTICE);
            assertThat(AvailableSteps.of(active, CLAIRE)).doesNotContain(Step.GIVE_NOTICE);
        }

        @Test
        void anEvaluationIsAwaited_whenNoneCoversTheLastYear() {
            Partnership.Evaluation lastYear = new Partnership.Evaluation(UUID.randomUUID(), LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), 4, "fine", "ccas-metz", Instant.parse("2027-01-10T10:00:00Z"));
            Partnership.Evaluation twoYearsAgo = new Partnership.Evaluation(UUID.randomUUID(), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31), 4, "fine", "ccas-metz", Instant.parse("2026-01-10T10:00:00Z"));

            assertThat(AvailableSteps.awaiting(partnership(PartnershipStatus.ACTIVE, null, List.of(lastYear), 12), CLAIRE,
                    MARCH_2027)).isEmpty();
            assertThat(AvailableSteps.awaiting(partnership(PartnershipStatus.ACTIVE, null, List.of(twoYearsAgo), 12), CLAIRE,
                    MARCH_2027)).containsExactly(Step.EVALUATE);
        }
    }

    @Test
    void nothing_isOfferedAfterTheEnd_toAnAuditor_orToAnOutsider() {
        assertThat(AvailableSteps.of(partnership(PartnershipStatus.DISSOLVED, null, List.of(), 20), CLAIRE)).isEmpty();
        assertThat(AvailableSteps.of(partnership(PartnershipStatus.ABANDONED, null, List.of(), 20), CLAIRE)).isEmpty();
        assertThat(AvailableSteps.of(Fixtures.negotiating(), AUDITOR)).isEmpty();
        assertThat(AvailableSteps.of(Fixtures.negotiating(), OUTSIDER)).isEmpty();
    }

    /** The partnership in force under other terms. */
    private static Partnership withTerms(Partnership active, Terms terms) {
        return new Partnership(active.id(), active.reference(), active.title(), active.purpose(), active.type(),
                active.legalBasis(), active.territory(), active.status(), active.leadInstitutionId(),
                new Partnership.TermsOnTable(1, active.terms().hash(), terms, "ccas-metz", null, List.of()), null,
                active.partners(), List.of(), 0, active.proposedAt(), null, null, null, 12, active.lastEventAt(),
                null);
    }
}
