package org.entente.query.portfolio;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.InvitationDeclined;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.TermsProposed;
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

    @EventHandler
    void on(InvitationAccepted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.partnershipId(), sequence, at)) {
            store.partnerStanding(event.partnershipId(), event.institutionId(), "ACTIVE", event.acceptedAt());
        }
    }

    @EventHandler
    void on(InvitationDeclined event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.partnershipId(), sequence, at)) {
            store.partnerStanding(event.partnershipId(), event.institutionId(), "DECLINED", event.declinedAt());
        }
    }

    @EventHandler
    void on(PartnerWithdrew event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.partnershipId(), sequence, at)) {
            store.partnerStanding(event.partnershipId(), event.institutionId(), "WITHDRAWN", event.noticeGivenAt());
        }
    }

    @EventHandler
    void on(TermsProposed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.partnershipId(), sequence, at)) {
            store.termsOnTheTable(event);
        }
    }

    /** Every other step moves the status, or only the version; details are the history's and the audit's. */
    @EventHandler
    void on(PartnershipEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (store.advance(event.partnershipId(), sequence, at)) {
            StatusChange.of(event).ifPresent(status -> store.status(event.partnershipId(), status));
        }
    }
}
