package org.entente.command.ledger;

/** What the log does not hold (yet): a checkpoint of that size, a tile beyond the tree. Answers 404 with its code. */
final class LedgerNotFound extends RuntimeException {

    private final String code;

    LedgerNotFound(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}
