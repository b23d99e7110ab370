package org.entente.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.command.partnership.Commands.ActOnDueItem;
import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.calendar.DueItem;
import org.entente.events.DissolutionReason;
import org.entente.events.PartnershipEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.Scenario.HASH;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.LEA;
import static org.entente.command.partnership.Scenario.CLAIRE;
import static org.entente.command.partnership.Scenario.NOW;

/**
 * The aggregate keeps the schedule with its events: the last signature puts the terms' items in it, at midnight in
 * Paris; a dissolution takes them out; a due item acted on leaves by itself (its task completes).
 */
class CalendarKeepingTest {

    private static final Clock CLOCK = Dated.at(NOW);
    private final KeptItems schedule = new KeptItems();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void fixture() {
        fixture = KeptItems.fixture(schedule, CLOCK);
    }

    @Test
    void theLastSignature_keepsEveryItemOfTheTermsInForce() {
        List<PartnershipEvent> history = Dated.tacit2026();
        fixture.given(history.subList(0, history.size() - 2))
                .when(new SignAgreement(ID, LEA, HASH, "Présidente", null, null));

        assertThat(schedule.kept).containsExactly(
                ID + ":notice-deadline-approaching:2026-09-02@2026-09-01T22:00:00Z",
                ID + ":notice-deadline-approaching:2026-09-25@2026-09-24T22:00:00Z",
                ID + ":evaluation-due:2027-01-01@2026-12-31T23:00:00Z",
                ID + ":term-end:2027-01-01@2026-12-31T23:00:00Z",
                ID + ":evaluation-overdue:2027-01-31@2027-01-30T23:00:00Z");
        assertThat(schedule.forgotten).isEmpty();
    }

    @Test
    void aDissolution_forgetsWhatWasStillDue() {
        fixture.given(Dated.tacit2026())
                .when(new DissolvePartnership(ID, CLAIRE, DissolutionReason.MUTUAL_AGREEMENT, null, null, null));

        assertThat(schedule.forgotten).hasSize(5).contains(ID + ":term-end:2027-01-01");
        assertThat(schedule.kept).isEmpty();
    }

    @Test
    void anItemActedOn_isNeitherKeptAgainNorForgotten() {
        LocalDate reminder = LocalDate.of(2026, 9, 2);
        AggregateTestFixture<Partnership> later = KeptItems.fixture(schedule, Dated.at(Dated.midnight(reminder)));

        later.given(Dated.tacit2026())
                .when(new ActOnDueItem(ID, DueItem.Kind.NOTICE_DEADLINE_APPROACHING, reminder))
                .expectSuccessfulHandlerExecution();

        assertThat(schedule.kept).isEmpty();
        assertThat(schedule.forgotten).isEmpty();
    }
}
