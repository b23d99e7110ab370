package org.entente.query.readmodel;

import org.entente.events.PartnershipEvent;

import java.time.Instant;

/**
 * A record read through the contract: the event, the metadata its CloudEvent headers carried, and where on the
 * topic it was read ({@code partition} and {@code offset} are null for an event not read from the topic), and its
 * place in the verifiable ledger ({@code ledger} is null for a record published without one, before issue 10).
 */
public record ReceivedEvent(String eventId, PartnershipEvent event, long sequence, Instant occurredAt,
                            String actorId, String actorInstitution, String correlationId, String causationId,
                            Integer partition, Long offset, LedgerEntry ledger) {
}
