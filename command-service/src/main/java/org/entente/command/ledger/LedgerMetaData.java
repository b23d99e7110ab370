package org.entente.command.ledger;

/**
 * The metadata keys under which a stored event carries its place in the ledger and its effective date; published as
 * CloudEvents extensions.
 */
public final class LedgerMetaData {

    /** Lower-case hex SHA-256: the partnership's chain up to and including this event. */
    public static final String CHAIN_HASH = "chainHash";
    /**
     * Decimal: the event's leaf index in the log of all events, in the metadata of events stored before issue 12;
     * since then given at commit and kept in {@code ledger_leaf} only.
     */
    public static final String LEDGER_INDEX = "ledgerIndex";
    /**
     * ISO date: the day an imported step really took effect, where it is not the day it was recorded; published as
     * {@code effectivedate} and committed in the envelope's {@code effectiveDate}.
     */
    public static final String EFFECTIVE_DATE = "effectiveDate";

    /**
     * "2" on every event whose personal values were replaced by their commitments (issue 21): its envelope is
     * version 2, published as {@code envelope}. Events stored before have none and stay version 1.
     */
    public static final String ENVELOPE = "envelope";

    private LedgerMetaData() {
    }
}
