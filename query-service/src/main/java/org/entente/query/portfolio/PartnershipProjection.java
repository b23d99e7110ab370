package org.entente.query.portfolio;

import org.entente.query.readmodel.ReceivedEvent;
import org.entente.query.readmodel.Tables;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
     * Folds the events of many partnerships, each partnership's in their order, onto their stored states, read
     * together and saved together: the set-based intake's one pass over a batch.
     */
    public void applyBatch(Tables tables, List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Map<UUID, List<ReceivedEvent>> byPartnership = new LinkedHashMap<>();
        events.forEach(received -> byPartnership.computeIfAbsent(received.event().partnershipId(),
                id -> new ArrayList<>()).add(received));
        Map<UUID, PartnershipState> stored = store.current(tables, byPartnership.keySet());
        List<PartnershipState> changed = new ArrayList<>();
        byPartnership.forEach((id, its) -> {
            PartnershipState before = stored.get(id);
            PartnershipState after = fold(before, its);
            if (after != before) {
                changed.add(after);
            }
        });
        store.saveAll(tables, changed);
    }

    /**
     * Folds one partnership's events, in order, onto its stored state and saves once if anything changed: one
     * event as it arrives, or all of a partnership's in a bulk rebuild.
     */
    public void applyAll(Tables tables, List<ReceivedEvent> events) {
        PartnershipState stored = store.current(tables, events.get(0).event().partnershipId()).orElse(null);
        PartnershipState state = fold(stored, events);
        if (state != stored) {
            store.saveAll(tables, List.of(state));
        }
    }

    /** An event at or below the state's version was applied already and changes nothing. */
    private static PartnershipState fold(PartnershipState stored, List<ReceivedEvent> events) {
        PartnershipState state = stored;
        for (ReceivedEvent received : events) {
            if (state == null || state.version() < received.sequence()) {
                state = PartnershipFold.evolve(state, received.event(), received.sequence(), received.occurredAt(),
                        received.effectiveDate());
            }
        }
        return state;
    }
}
