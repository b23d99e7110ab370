package org.entente.web.api;

/** Where a partnership is in its life (DESIGN §3), as the query side reports it. */
public enum Status {
    PROPOSED, NEGOTIATING, AGREED, ACTIVE, AMENDING, DISSOLVED, ABANDONED;

    public boolean isClosed() {
        return this == DISSOLVED || this == ABANDONED;
    }

    public boolean isNegotiating() {
        return this == PROPOSED || this == NEGOTIATING;
    }

    public boolean isInForce() {
        return this == ACTIVE || this == AMENDING;
    }
}
