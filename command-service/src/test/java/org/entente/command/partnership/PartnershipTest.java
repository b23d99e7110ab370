package org.entente.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

class PartnershipTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final UUID ID = UUID.fromString("5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11");
    private static final Institution CCAS = new Institution("ccas-metz", "CCAS de Metz",
            Institution.Kind.LOCAL_AUTHORITY);
    private static final Institution CAF = new Institution("caf-57", "CAF de la Moselle",
            Institution.Kind.SOCIAL_SECURITY_FUND);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void fixture() {
        fixture = KeptItems.fixture(new KeptItems(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Nested
    class Proposing {

        @Test
        void proposing_recordsTheProposal_thenOneInvitationPerInvitee_andAnswersTheVersion() {
            Terms terms = TermsHashTest.terms(BigDecimal.TEN);

            fixture.givenNoPriorActivity()
                    .when(proposal(List.of(new ProposePartnership.Invitation(CAF, PartnerRole.FUNDER)), terms))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1L)
                    .expectEvents(
                            new PartnershipProposed(ID, "CEJ-1", "CEJ Metz", "Childcare", PartnershipType.PROJECT,
                                    new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-1"),
                                    new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS, terms,
                                    TermsHash.of(terms), NOW),
                            new PartnerInvited(ID, CAF, PartnerRole.FUNDER, NOW));
        }

        @Test
        void proposing_fails_whenNobodyIsInvited() {
            fixture.givenNoPriorActivity()
                    .when(proposal(List.of(), TermsHashTest.terms(BigDecimal.TEN)))
                    .expectException(CommandRefused.class)
                    .expectExceptionMessage("A partnership needs at least two partners: invite one.")
                    .expectNoEvents();
        }

        @Test
        void proposing_fails_whenTheTermsEndBeforeTheyStart() {
            Terms terms = TermsHashTest.terms(BigDecimal.TEN);
            Terms backwards = new Terms(terms.objectives(), terms.contributions(), terms.governance(),
                    new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                            Terms.Duration.Renewal.NONE, 0), terms.evaluationPlan());

            fixture.givenNoPriorActivity()
                    .when(proposal(List.of(new ProposePartnership.Invitation(CAF, PartnerRole.FUNDER)), backwards))
                    .expectException(CommandRefused.class)
                    .expectNoEvents();
        }
    }

    private static ProposePartnership proposal(List<ProposePartnership.Invitation> invitations, Terms terms) {
        return new ProposePartnership(ID, "CEJ-1", "CEJ Metz", "Childcare", PartnershipType.PROJECT,
                new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-1"),
                new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS, invitations, terms, null);
    }
}
