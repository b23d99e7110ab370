package org.entente.events;

/** The part an institution plays in a partnership; exactly one partner is the lead. */
public enum PartnerRole {
    LEAD, FUNDER, OPERATOR, ASSOCIATE
}
