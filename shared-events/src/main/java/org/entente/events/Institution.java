package org.entente.events;

/** An institution taking part in partnerships, identified by the id its members' tokens carry. */
public record Institution(String id, String name, Kind kind) {

    public enum Kind {
        LOCAL_AUTHORITY, STATE_SERVICE, SOCIAL_SECURITY_FUND, ASSOCIATION, COMPANY, OTHER
    }
}
