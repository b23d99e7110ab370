package org.entente.query.audit;

import java.time.Instant;
import java.util.UUID;

/** One event as received: its identity, place in the partnership's stream, who acted, and its data as JSON. */
public record LoggedEvent(
        String eventId,
        UUID partnershipId,
        long sequence,
        String type,
        Instant occurredAt,
        String actorId,
        String actorInstitution,
        String correlationId,
        String causationId,
        String data) {
}
