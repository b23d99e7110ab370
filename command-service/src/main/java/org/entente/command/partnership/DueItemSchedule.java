package org.entente.command.partnership;

import org.entente.calendar.DueItem;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a partnership's due items wait for their day: a durable scheduler that writes in the command's own
 * transaction, so that the events and the items they make due are stored together or not at all.
 */
public interface DueItemSchedule {

    /** Keeps {@code item} to be acted on at {@code at}; keeping it twice keeps it once. */
    void keep(UUID partnershipId, DueItem item, Instant at);

    /** Forgets {@code item}, which is no longer due; forgetting an unknown item does nothing. */
    void forget(UUID partnershipId, DueItem item);
}
