package org.entente.query.portfolio;

import org.entente.query.readmodel.ReceivedEvent;
import org.entente.query.readmodel.Tables;
import org.springframework.stereotype.Component;

import java.util.List;

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
        applyAll(tables, List.of(received));
    }

    /**
     * Folds one partnership's events, in order, onto its stored state and saves once if anything changed: one
     * event as it arrives, or all of a partnership's in a bulk rebuild.
     */
    public void applyAll(Tables tables, List<ReceivedEvent> events) {
        PartnershipState stored = store.current(tables, events.get(0).event().partnershipId()).orElse(null);
        PartnershipState state = stored;
        for (ReceivedEvent received : events) {
            if (state == null || state.version() < received.sequence()) {
                state = PartnershipFold.evolve(state, received.event(), received.sequence(), received.occurredAt());
            }
        }
        if (state != stored) {
            store.save(tables, state);
        }
    }
}
