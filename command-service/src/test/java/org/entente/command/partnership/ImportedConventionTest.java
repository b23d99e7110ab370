package org.entente.command.partnership;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.LegalBasis;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.Scenario.CAF;
import static org.entente.command.partnership.Scenario.CCAS;
import static org.entente.command.partnership.Scenario.CLAIRE;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.KARIM;
import static org.entente.command.partnership.Scenario.LEA;
import static org.entente.command.partnership.Scenario.LIGUE;
import static org.entente.command.partnership.Scenario.NOW;

/**
 * A convention signed on paper in 2023, brought in step by step with the day each step took effect: every event
 * carries it in its metadata (hence in its CloudEvent and its leaf), the last signature brings it in force as of its
 * own day, and the calendar keeps the items of the terms from then on, the past ones included.
 */
class ImportedConventionTest {

    private static final Clock CLOCK = Dated.at(NOW);
    private static final Terms TERMS_2023 = new Terms(Scenario.TERMS.objectives(), Scenario.TERMS.contributions(),
            Scenario.TERMS.governance(), new Terms.Duration(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31),
            Terms.Duration.Renewal.TACIT, 90), new Terms.EvaluationPlan("yearly", List.of("attendance")));
    private static final String HASH_2023 = TermsHash.of(TERMS_2023);

    private final KeptItems schedule = new KeptItems();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void fixture() {
        fixture = KeptItems.fixture(schedule, CLOCK);
    }

    static ProposePartnership proposedOn(LocalDate effectiveDate) {
        return new ProposePartnership(ID, "CEJ-2023", "CEJ Metz 2023-2026", "Childcare", PartnershipType.PROJECT,
                new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-2023"),
                new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS,
                List.of(new ProposePartnership.Invitation(CAF, PartnerRole.FUNDER),
                        new ProposePartnership.Invitation(LIGUE, PartnerRole.OPERATOR)), TERMS_2023, effectiveDate);
    }

    /** Every step up to the last signature, each on its own day of 2023. */
    static List<Object> upToTheLastSignature() {
        List<Object> steps = new ArrayList<>(List.of(proposedOn(LocalDate.of(2023, 1, 10)),
                new AcceptInvitation(ID, KARIM, LocalDate.of(2023, 1, 20), null),
                new AcceptInvitation(ID, LEA, LocalDate.of(2023, 1, 23), null)));
        for (Actor partner : List.of(CLAIRE, KARIM, LEA)) {
            steps.add(new ApproveTerms(ID, partner, 1, HASH_2023, LocalDate.of(2023, 2, 6), null));
        }
        steps.add(new SignAgreement(ID, CLAIRE, HASH_2023, "Présidente", LocalDate.of(2023, 3, 1), null));
        steps.add(new SignAgreement(ID, KARIM, HASH_2023, "Directeur", LocalDate.of(2023, 3, 8), null));
        return steps;
    }

    /** The last signature, on 14 March 2023, which brings the convention in force. */
    static SignAgreement lastSignature() {
        return new SignAgreement(ID, LEA, HASH_2023, "Présidente", LocalDate.of(2023, 3, 14), null);
    }

    @Test
    void eachStep_carriesTheDayItTookEffect_andTheLastSignature_bringsItInForceAsOfItsOwnDay() {
        fixture.givenCommands(upToTheLastSignature())
                .when(lastSignature())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgreementSigned(ID, 1, HASH_2023, LIGUE.id(), "Member of ligue-57", "Présidente",
                        NOW), new PartnershipActivated(ID, 1, LocalDate.of(2023, 4, 1), NOW));
    }

    @Test
    void theEventsOfTheImport_allCarryTheirEffectiveDate_inOrder() {
        fixture.givenCommands(upToTheLastSignature())
                .when(lastSignature());

        List<String> dates = new ArrayList<>();
        fixture.getEventStore().readEvents(ID.toString()).asStream().map(EventMessage::getMetaData)
                .forEach(metaData -> dates.add((String) metaData.get("effectiveDate")));
        assertThat(dates).containsExactly("2023-01-10", "2023-01-10", "2023-01-10", "2023-01-20", "2023-01-23",
                "2023-02-06", "2023-02-06", "2023-02-06", "2023-02-06", "2023-03-01", "2023-03-08", "2023-03-14",
                "2023-03-14");
        assertThat(schedule.kept).first().asString().startsWith(ID + ":");
    }

    @Test
    void afterTheActivation_aStepTakesEffectAsItIsRecorded_andNamesNoDate() {
        List<Object> steps = upToTheLastSignature();
        steps.add(lastSignature());
        fixture.givenCommands(steps)
                .when(new OpenAmendment(ID, CLAIRE, "Plus de places", null))
                .expectSuccessfulHandlerExecution();

        DomainEventMessage<?> last = fixture.getEventStore().readEvents(ID.toString()).asStream()
                .reduce((first, second) -> second).orElseThrow();
        assertThat(last.getMetaData()).doesNotContainKey("effectiveDate");
    }

    @Test
    void aStepDatedBeforeTheOneBeforeIt_isRefused_andNothingIsRecorded() {
        fixture.givenCommands(proposedOn(LocalDate.of(2023, 1, 10)))
                .when(new AcceptInvitation(ID, KARIM, LocalDate.of(2023, 1, 9), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("before the previous step's"))
                .expectNoEvents();
    }

    @Test
    void aDateOnAPartnershipProposedWithout_isRefused_andNothingIsRecorded() {
        fixture.givenCommands(proposedOn(null))
                .when(new AcceptInvitation(ID, KARIM, LocalDate.of(2026, 3, 1), null))
                .expectException(CommandRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Only the steps of an imported"))
                .expectNoEvents();
    }

    @Test
    void aProposalDatedTomorrow_isRefused() {
        fixture.givenNoPriorActivity()
                .when(proposedOn(LocalDate.of(2026, 3, 3)))
                .expectException(CommandRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("in the future"))
                .expectNoEvents();
    }
}
