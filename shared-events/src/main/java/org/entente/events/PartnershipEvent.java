package org.entente.events;

import java.time.Instant;
import java.util.UUID;

/** A fact in the life of one partnership. Every event names the partnership it belongs to first. */
public sealed interface PartnershipEvent
        permits PartnershipEvent.PartnershipProposed, PartnershipEvent.PartnerInvited {

    UUID partnershipId();

    /** The published name and revision of an event class, as carried on the topic. */
    static EventType typeOf(Class<? extends PartnershipEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(eventClass.getName() + " lacks @EventType: it cannot be published");
        }
        return type;
    }

    /** A lead institution proposed a partnership with its first version of the terms. */
    @EventType(name = "PartnershipProposed", revision = 1)
    record PartnershipProposed(
            UUID partnershipId,
            String reference,
            String title,
            String purpose,
            PartnershipType type,
            LegalBasis legalBasis,
            Territory territory,
            Institution lead,
            Terms terms,
            String termsHash,
            Instant proposedAt) implements PartnershipEvent {
    }

    /** An institution was invited to join a proposed partnership in a given role. */
    @EventType(name = "PartnerInvited", revision = 1)
    record PartnerInvited(
            UUID partnershipId,
            Institution institution,
            PartnerRole role,
            Instant invitedAt) implements PartnershipEvent {
    }
}
