package org.entente.query.portfolio;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the partnership view current. Runs in the transaction that also stores the consumer's position, and
 * every write is guarded by the event's sequence number, so a re-delivered event changes nothing.
 */
@Component
@ProcessingGroup("portfolio")
class PartnershipProjection {

    private final PartnershipStore store;

    PartnershipProjection(PartnershipStore store) {
        this.store = store;
    }

    @EventHandler
    void on(PartnershipProposed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        store.insertProposed(event, sequence, at);
    }

    @EventHandler
    void on(PartnerInvited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.partnershipId(), sequence, at)) {
            store.addPartner(event.partnershipId(), event.institution(), event.role(), "INVITED", event.invitedAt());
        }
    }
}
