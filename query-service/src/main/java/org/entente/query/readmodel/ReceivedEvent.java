package org.entente.query.readmodel;

import org.entente.events.PartnershipEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A record read through the contract: the event, the metadata its CloudEvent headers carried, and where on the
 * topic it was read ({@code partition} and {@code offset} are null for an event not read from the topic), its
 * place in the verifiable ledger ({@code ledger} is null for a record published without one, before issue 10), and
 * the day an imported step really took effect ({@code effectiveDate}, null for every event that took effect when
 * it was recorded, at {@code occurredAt}).
 */
public record ReceivedEvent(String eventId, PartnershipEvent event, long sequence, Instant occurredAt,
                            String actorId, String actorInstitution, String correlationId, String causationId,
                            Integer partition, Long offset, LedgerEntry ledger, LocalDate effectiveDate) {
}
