package org.entente.query.intake;

import java.time.Instant;

/** A record the read models could not take, or that waits behind one, with what went wrong. */
public record ParkedEvent(long id, String eventId, String partnershipKey, Long sequence, String type, Cause cause,
                          String error, int attempts, Instant parkedAt, Instant lastAttemptAt, ReceivedRecord record) {

    public enum Cause {
        /** Could not be applied: the error says why. */
        FAILED,
        /** Would have applied, but an earlier record of the same partnership is parked. */
        WAITING
    }
}
