package org.entente.query.portfolio;

import org.entente.events.LifecycleHistories;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipLifecycle;
import org.entente.events.PartnershipStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Java 17 has no exhaustive switch over a sealed type: folding every event type stands in for the compiler. */
class PartnershipFoldTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");

    @Test
    void everyEventOfTheContract_isFolded_andTheStatusIsTheLifecyclesAfterEachEvent() {
        List<List<PartnershipEvent>> histories = LifecycleHistories.everyEventType();
        List<PartnershipStatus> ends = new ArrayList<>();
        for (List<PartnershipEvent> history : histories) {
            PartnershipState state = null;
            PartnershipStatus expected = null;
            for (PartnershipEvent event : history) {
                expected = expected == null ? PartnershipLifecycle.start(event)
                        : PartnershipLifecycle.after(expected, event);
                state = PartnershipFold.evolve(state, event, state == null ? 0 : state.version() + 1, AT);
                assertThat(state.status()).as("after %s", event.getClass().getSimpleName()).isEqualTo(expected);
            }
            ends.add(state.status());
        }

        assertThat(ends).containsExactly(PartnershipStatus.DISSOLVED, PartnershipStatus.ABANDONED,
                PartnershipStatus.EXPIRED);
        assertThat(histories.stream().flatMap(List::stream).<Class<?>>map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(PartnershipEvent.class.getPermittedSubclasses());
    }

    /** A history Entente never writes is refused, not folded into a made-up state (the consumer parks it). */
    @Test
    void anEventInAStatusItNeverHappensIn_isRefused() {
        List<PartnershipEvent> history = LifecycleHistories.amendedThenDissolved();
        PartnershipState state = null;
        for (PartnershipEvent event : history) {
            state = PartnershipFold.evolve(state, event, state == null ? 0 : state.version() + 1, AT);
        }
        PartnershipState dissolved = state;
        AmendmentOpened late = new AmendmentOpened(dissolved.id(), 2, "Too late", "ccas-metz", AT);

        assertThatThrownBy(() -> PartnershipFold.evolve(dissolved, late, dissolved.version() + 1, AT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DISSOLVED");
    }
}
