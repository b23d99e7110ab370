package org.entente.query.portfolio;

import org.entente.events.LifecycleHistories;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipLifecycle;
import org.entente.events.PartnershipStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * A convention brought in with its real dates: each partner's standing and each signature keeps the day it took
     * effect beside the instant it was recorded, and a step recorded without one has none.
     */
    @Test
    void theStepsOfAnImportedConvention_keepTheDayTheyTookEffect_besideTheirRecordedTime() {
        PartnershipState state = null;
        LocalDate day = LocalDate.of(2023, 1, 10);
        for (PartnershipEvent event : LifecycleHistories.amendedThenDissolved()) {
            state = PartnershipFold.evolve(state, event, state == null ? 0 : state.version() + 1, AT, day);
            day = day.plusDays(1);
            if (event instanceof PartnershipEvent.PartnershipActivated) {
                break;
            }
        }

        LocalDate last = day;
        assertThat(state.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(state.partners()).isNotEmpty().allSatisfy(partner -> {
            assertThat(partner.effectiveDate()).isBetween(LocalDate.of(2023, 1, 10), last);
            assertThat(partner.since()).isEqualTo(AT);
        });
        assertThat(state.agreement().signatures()).isNotEmpty().allSatisfy(signature -> {
            assertThat(signature.effectiveDate()).isBetween(LocalDate.of(2023, 1, 11), last);
            assertThat(signature.signedAt()).isEqualTo(AT);
        });
        assertThat(state.agreement().signatures()).extracting(PartnershipState.Signature::effectiveDate)
                .doesNotHaveDuplicates();

        PartnershipState recordedAlone = null;
        for (PartnershipEvent event : LifecycleHistories.amendedThenDissolved().subList(0, 2)) {
            recordedAlone = PartnershipFold.evolve(recordedAlone, event, recordedAlone == null ? 0
                    : recordedAlone.version() + 1, AT);
        }
        assertThat(recordedAlone.partners()).extracting(PartnershipState.Partner::effectiveDate).containsOnlyNulls();
    }
}
