package org.entente.command.partnership;

import org.entente.events.LifecycleHistories;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.entente.events.PartnershipStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.command.partnership.Scenario.CCAS;
import static org.entente.command.partnership.Scenario.ID;
import static org.entente.command.partnership.Scenario.NOW;

/** Java 17 has no exhaustive switch over a sealed type: folding every event type stands in for the compiler. */
class EvolutionTest {

    @Test
    void everyEventOfTheContract_isFoldedByTheEvolution() {
        List<List<PartnershipEvent>> histories = LifecycleHistories.everyEventType();

        assertThat(histories.stream().map(PartnershipState::of)).extracting(PartnershipState::status)
                .containsExactly(PartnershipStatus.DISSOLVED, PartnershipStatus.ABANDONED,
                        PartnershipStatus.EXPIRED);
        assertThat(histories.stream().flatMap(List::stream).<Class<?>>map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(PartnershipEvent.class.getPermittedSubclasses());
    }

    @Test
    void theScenario_foldsToTheStatusOfEachStage() {
        assertThat(PartnershipState.of(Scenario.proposed()).status()).isEqualTo(PartnershipStatus.PROPOSED);
        assertThat(PartnershipState.of(Scenario.agreed()).status()).isEqualTo(PartnershipStatus.AGREED);
        assertThat(PartnershipState.of(Scenario.active()).status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(PartnershipState.of(Scenario.dissolved()).status()).isEqualTo(PartnershipStatus.DISSOLVED);
        assertThat(PartnershipState.of(Scenario.active()).activePartners()).hasSize(3);
        assertThat(PartnershipState.of(List.of()).status()).as("before its proposal").isNull();
    }

    @Test
    void anAmendment_keepsThePartnershipAmending_untilItIsInForce() {
        List<PartnershipEvent> history = LifecycleHistories.amendedThenDissolved();
        int opened = indexOf(history, AmendmentOpened.class);
        int inForce = indexOf(history, AmendmentInForce.class);
        int newVersion = history.subList(opened, inForce).stream().filter(TermsProposed.class::isInstance)
                .findFirst().map(history::indexOf).orElseThrow();

        assertThat(PartnershipState.of(history.subList(0, newVersion + 1)).status())
                .isEqualTo(PartnershipStatus.AMENDING);
        assertThat(PartnershipState.of(history.subList(0, inForce)).status()).isEqualTo(PartnershipStatus.AMENDING);
        assertThat(PartnershipState.of(history.subList(0, inForce + 1)).status()).isEqualTo(PartnershipStatus.ACTIVE);
    }

    /** A history Entente never writes, such as an amendment after the end, is not folded into a made-up state. */
    @Test
    void anEventInAStatusItNeverHappensIn_isNotFolded() {
        List<PartnershipEvent> afterTheEnd = Scenario.plus(Scenario.dissolved(),
                new AmendmentOpened(ID, 1, "Too late", CCAS.id(), NOW));

        assertThatThrownBy(() -> PartnershipState.of(afterTheEnd)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AmendmentOpened").hasMessageContaining("DISSOLVED");
        assertThatThrownBy(() -> PartnershipState.of(Scenario.active().subList(1, 3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only PartnershipProposed");
    }

    private static int indexOf(List<PartnershipEvent> history, Class<? extends PartnershipEvent> type) {
        return history.stream().filter(type::isInstance).findFirst().map(history::indexOf).orElseThrow();
    }
}
