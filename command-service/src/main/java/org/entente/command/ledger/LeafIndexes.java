package org.entente.command.ledger;

import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Where a stored event sits in the log, for the publisher: read from {@code ledger_leaf}, which never changes, so
 * that a record published again carries the same index.
 */
@Component
public class LeafIndexes {

    private final LedgerLeaves leaves;

    LeafIndexes(LedgerLeaves leaves) {
        this.leaves = leaves;
    }

    /** The event's leaf index; none for an event stored before the ledger existed. */
    public OptionalLong of(String eventId) {
        return leaves.indexOf(eventId);
    }
}
