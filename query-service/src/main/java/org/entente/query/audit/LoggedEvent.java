package org.entente.query.audit;

import org.entente.query.readmodel.LedgerEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One event as received: its identity, place in the partnership's stream, who acted, its data as JSON, its place
 * in the verifiable ledger (null for an event published before the ledger existed), and the day an imported step
 * really took effect (null when it took effect as it was recorded, {@code occurredAt}).
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
        LedgerEntry ledger,
        LocalDate effectiveDate) {

    /** The day it took effect, on the effective axis: its own date, or the day it was recorded in {@code zone}. */
    public LocalDate tookEffectOn(ZoneId zone) {
        return effectiveDate != null ? effectiveDate : LocalDate.ofInstant(occurredAt, zone);
    }
}
