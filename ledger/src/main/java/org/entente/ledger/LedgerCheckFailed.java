package org.entente.ledger;

/** A check of the ledger failed; the message says which, plainly, for an auditor. */
public final class LedgerCheckFailed extends Exception {

    public LedgerCheckFailed(String what) {
        super(what);
    }
}
