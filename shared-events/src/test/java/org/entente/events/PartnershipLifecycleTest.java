package org.entente.events;

import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.TermsProposed;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one status machine: complete over the contract, every status reachable, nothing after the end. */
class PartnershipLifecycleTest {

    @Test
    void everyEventTypeOfTheContract_hasItsPlaceInTheLifecycle() {
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            if (type == PartnershipLifecycle.startingEvent()) {
                assertThat(PartnershipLifecycle.transitions(type)).as(type.getSimpleName()).isEmpty();
            } else {
                assertThat(PartnershipLifecycle.transitions(type)).as(type.getSimpleName()).isNotEmpty();
            }
        }
    }

    @Test
    void everyStatus_isReachedFromTheStart_andOnlyTheClosedOnesLeadNowhere() {
        // The vault's events happen in every status, a closed one's too, and leave it as it was.
        for (PartnershipStatus closed : EnumSet.of(PartnershipStatus.DISSOLVED, PartnershipStatus.ABANDONED,
                PartnershipStatus.EXPIRED)) {
            assertThat(EventCatalog.types().stream().filter(type -> PartnershipLifecycle.transitions(type)
                    .containsKey(closed)).toList()).as("%s", closed)
                    .containsExactly(PartnershipEvent.PersonalDataErased.class,
                            PartnershipEvent.PersonalDataRectified.class);
            assertThat(PartnershipLifecycle.transitions(PartnershipEvent.PersonalDataErased.class).get(closed))
                    .isEqualTo(closed);
            assertThat(PartnershipLifecycle.transitions(PartnershipEvent.PersonalDataRectified.class).get(closed))
                    .isEqualTo(closed);
        }
        Set<PartnershipStatus> reached = EnumSet.of(PartnershipLifecycle.startingStatus());
        Set<PartnershipStatus> leaving = EnumSet.noneOf(PartnershipStatus.class);
        Deque<PartnershipStatus> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            PartnershipStatus status = next.pop();
            for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
                PartnershipStatus after = PartnershipLifecycle.transitions(type).get(status);
                if (after != null && after != status) {
                    leaving.add(status);
                    if (reached.add(after)) {
                        next.push(after);
                    }
                }
            }
        }

        assertThat(reached).containsExactlyInAnyOrder(PartnershipStatus.values());
        assertThat(EnumSet.complementOf(EnumSet.copyOf(leaving))).allMatch(PartnershipStatus::isClosed)
                .containsExactlyInAnyOrder(PartnershipStatus.DISSOLVED, PartnershipStatus.ABANDONED,
                        PartnershipStatus.EXPIRED);
    }

    @Test
    void aProposal_startsAPartnership_andANewVersion_opensTheNegotiationOrGoesOnWithTheAmendment() {
        PartnershipEvent proposed = sample(PartnershipProposed.class);
        PartnershipEvent terms = sample(TermsProposed.class);

        assertThat(PartnershipLifecycle.start(proposed)).isEqualTo(PartnershipStatus.PROPOSED);
        assertThat(PartnershipLifecycle.after(PartnershipStatus.PROPOSED, terms))
                .isEqualTo(PartnershipStatus.NEGOTIATING);
        assertThat(PartnershipLifecycle.after(PartnershipStatus.AMENDING, terms)).isEqualTo(PartnershipStatus.AMENDING);
    }

    @Test
    void anEventInAStatusItNeverHappensIn_isRefused_namingBoth() {
        PartnershipEvent amendment = sample(AmendmentOpened.class);

        assertThatThrownBy(() -> PartnershipLifecycle.after(PartnershipStatus.DISSOLVED, amendment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AmendmentOpened").hasMessageContaining("DISSOLVED");
        assertThatThrownBy(() -> PartnershipLifecycle.after(PartnershipStatus.NEGOTIATING, amendment))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PartnershipLifecycle.start(amendment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("only PartnershipProposed");
        assertThatThrownBy(() -> PartnershipLifecycle.after(PartnershipStatus.ACTIVE,
                sample(PartnershipProposed.class))).isInstanceOf(IllegalStateException.class);
    }

    private static PartnershipEvent sample(Class<? extends PartnershipEvent> type) {
        return SampleEvents.all().stream().filter(type::isInstance).findFirst().orElseThrow();
    }
}
