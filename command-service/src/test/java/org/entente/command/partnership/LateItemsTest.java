package org.entente.command.partnership;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.entente.calendar.DueItem;
import org.entente.command.partnership.Commands.ActOnDueItem;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.command.ledger.LedgerMetaData;
import org.entente.events.PartnershipEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.Scenario.HASH;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.LEA;
import static org.entente.command.partnership.Scenario.NOW;

/**
 * An item of time recorded on a later day than the one it fell due (the service was stopped, or an imported
 * convention's past items catch up) takes effect on the day it fell due: its event carries that day as its
 * effective date. One recorded on its own day carries none, like any step that takes effect as it is recorded.
 */
class LateItemsTest {

    private final KeptItems schedule = new KeptItems();

    @Test
    void anImportedConventionsPastItems_areAllRecordedByTheFirstToRun_eachWithTheDayItFellDue() {
        AggregateTestFixture<Partnership> fixture = KeptItems.fixture(schedule, Dated.at(NOW));
        List<Object> steps = new ArrayList<>(ImportedConventionTest.upToTheLastSignature());
        steps.add(ImportedConventionTest.lastSignature());
        fixture.givenCommands(steps)
                .when(new ActOnDueItem(ID, DueItem.Kind.EVALUATION_DUE, LocalDate.of(2025, 4, 1)))
                .expectSuccessfulHandlerExecution();

        // Funded, it owed its first year's compte rendu financier (to 31 March 2024) by 30 September 2024; the
        // items due after the one the scheduler ran, up to today, are recorded with it: the reminders too.
        assertThat(last(fixture, 10)).containsExactly(
                "EvaluationFallenDue on 2024-04-01", "ObligationFallenDue on 2024-04-01",
                "EvaluationOverdue on 2024-05-01", "ObligationOverdue on 2024-10-01",
                "EvaluationFallenDue on 2025-04-01", "ObligationFallenDue on 2025-04-01",
                "EvaluationOverdue on 2025-05-01", "ObligationOverdue on 2025-10-01",
                "NoticeDeadlineApproaching on 2025-12-01", "NoticeDeadlineApproaching on 2025-12-24");
    }

    @Test
    void anItemRecordedTheDayAfterItFellDue_carriesThatDay() {
        LocalDate reminder = LocalDate.of(2026, 9, 2);
        AggregateTestFixture<Partnership> fixture = KeptItems.fixture(schedule,
                Dated.at(Dated.midnight(reminder.plusDays(1)).plus(Duration.ofHours(9))));
        List<PartnershipEvent> history = Dated.tacit2026();
        fixture.given(history)
                .when(new ActOnDueItem(ID, DueItem.Kind.NOTICE_DEADLINE_APPROACHING, reminder))
                .expectSuccessfulHandlerExecution();

        assertThat(last(fixture, 1)).containsExactly(
                "NoticeDeadlineApproaching on 2026-09-02");
    }

    @Test
    void anItemRecordedOnItsOwnDay_takesEffectAsItIsRecorded() {
        LocalDate reminder = LocalDate.of(2026, 9, 2);
        AggregateTestFixture<Partnership> fixture = KeptItems.fixture(schedule,
                Dated.at(Dated.midnight(reminder).plus(Duration.ofSeconds(5))));
        List<PartnershipEvent> history = Dated.tacit2026();
        fixture.given(history)
                .when(new ActOnDueItem(ID, DueItem.Kind.NOTICE_DEADLINE_APPROACHING, reminder))
                .expectSuccessfulHandlerExecution();

        assertThat(last(fixture, 1)).containsExactly("NoticeDeadlineApproaching as recorded");
    }

    @Test
    void aSignatureAfterTheImport_stillNamesNoDate() {
        AggregateTestFixture<Partnership> fixture = KeptItems.fixture(schedule, Dated.at(NOW));
        List<PartnershipEvent> history = Dated.tacit2026();
        fixture.given(history.subList(0, history.size() - 2))
                .when(new SignAgreement(ID, LEA, HASH, "Présidente", null, null))
                .expectSuccessfulHandlerExecution();

        assertThat(last(fixture, 2))
                .containsExactly("AgreementSigned as recorded", "PartnershipActivated as recorded");
    }

    /** The last {@code n} events recorded, each by its type and the effective date in its metadata. */
    private static List<String> last(AggregateTestFixture<Partnership> fixture, int n) {
        List<String> all = fixture.getEventStore().readEvents(ID.toString()).asStream()
                .map(LateItemsTest::described).toList();
        return all.subList(all.size() - n, all.size());
    }

    private static String described(DomainEventMessage<?> message) {
        Object date = message.getMetaData().get(LedgerMetaData.EFFECTIVE_DATE);
        return message.getPayloadType().getSimpleName() + (date == null ? " as recorded" : " on " + date);
    }
}
