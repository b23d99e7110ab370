package org.entente.query.portfolio;

import org.entente.query.readmodel.ReceivedEvent;
import org.entente.query.readmodel.Tables;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keeps the view of every partnership: the stored state, moved on by {@link PartnershipFold} with each event. Runs
 * in the transaction that logs the event; an event at or below the stored version was applied already and changes
 * nothing.
 */
@Component
public class PartnershipProjection {

    private final PartnershipStore store;

    PartnershipProjection(PartnershipStore store) {
        this.store = store;
    }

    public void apply(Tables tables, ReceivedEvent received) {
        Optional<PartnershipState> current = store.current(tables, received.event().partnershipId());
        if (current.isPresent() && current.get().version() >= received.sequence()) {
            return;
        }
        store.save(tables, PartnershipFold.evolve(current.orElse(null), received.event(), received.sequence(),
                received.occurredAt()));
    }
}
