package org.entente.query.portfolio;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.entente.events.PartnershipEvent;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the live view of every partnership: the stored state, moved on by {@link PartnershipFold} with each
 * event. Runs in the transaction that also stores the consumer position; an event at or below the stored
 * version was applied already and changes nothing.
 */
@Component
@ProcessingGroup("portfolio")
class PartnershipProjection {

    private final PartnershipStore store;

    PartnershipProjection(PartnershipStore store) {
        this.store = store;
    }

    @EventHandler
    void on(PartnershipEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Optional<PartnershipState> current = store.current(event.partnershipId());
        if (current.isPresent() && current.get().version() >= sequence) {
            return;
        }
        store.save(PartnershipFold.evolve(current.orElse(null), event, sequence, at));
    }
}
