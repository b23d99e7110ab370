package org.entente.events;

/**
 * Where a partnership is in its life (DESIGN §3), named the same by command-service, query-service and every
 * subscriber. Which event leads to which status is {@link PartnershipLifecycle}.
 */
public enum PartnershipStatus {
    PROPOSED("The lead institution proposed it and invited its partners; its first version of the terms is on the "
            + "table."),
    NEGOTIATING("A partner rejected or counter-proposed terms: the partners negotiate the version on the table."),
    AGREED("Every partner approved the same version of the terms; it awaits their signatures."),
    ACTIVE("Every partner signed the agreed version: the convention is in force."),
    AMENDING("In force, while an amendment (avenant) is negotiated and signed; the signed terms still apply."),
    DISSOLVED("Ended by a partner's dissolution: nothing more happens to it."),
    ABANDONED("The lead gave up the negotiation before anyone signed: nothing more happens to it."),
    EXPIRED("Its term ended without renewal (none provided, or a partner gave notice): nothing more happens to it.");

    private final String description;

    PartnershipStatus(String description) {
        this.description = description;
    }

    /** One sentence a subscriber's reader understands, as published in the lifecycle's table. */
    public String description() {
        return description;
    }

    /** DISSOLVED, ABANDONED and EXPIRED are final: no event follows them. */
    public boolean isClosed() {
        return this == DISSOLVED || this == ABANDONED || this == EXPIRED;
    }

    /** Before anyone is bound: terms can still be negotiated and invitations answered. */
    public boolean isNegotiating() {
        return this == PROPOSED || this == NEGOTIATING;
    }

    /** In force: evaluated, amended, left or dissolved. */
    public boolean isInForce() {
        return this == ACTIVE || this == AMENDING;
    }
}
