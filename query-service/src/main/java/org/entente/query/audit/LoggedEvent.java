package org.entente.query.audit;

import org.entente.query.readmodel.LedgerEntry;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as received: its identity, place in the partnership's stream, who acted, its data as JSON, and its place
 * in the verifiable ledger (null for an event published before the ledger existed).
 */
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
        String data,
        LedgerEntry ledger) {
}
