package org.entente.command.partnership;

/** Where a partnership is in its life (DESIGN §3). */
enum Status {
    NONE, PROPOSED, NEGOTIATING, AGREED, ACTIVE, AMENDING, DISSOLVED, ABANDONED;

    /** DISSOLVED and ABANDONED are final: nothing happens after them. */
    boolean isClosed() {
        return this == DISSOLVED || this == ABANDONED;
    }

    /** Before anyone is bound: terms can still be negotiated and invitations answered. */
    boolean isNegotiating() {
        return this == PROPOSED || this == NEGOTIATING;
    }

    /** In force: evaluated, amended, left or dissolved. */
    boolean isInForce() {
        return this == ACTIVE || this == AMENDING;
    }
}
