package org.entente.query.readmodel;

import org.entente.events.PartnershipEvent;

import java.time.Instant;

/** A record read through the contract: the event and the metadata its CloudEvent headers carried. */
public record ReceivedEvent(String eventId, PartnershipEvent event, long sequence, Instant occurredAt,
                            String actorId, String actorInstitution, String correlationId, String causationId) {
}
