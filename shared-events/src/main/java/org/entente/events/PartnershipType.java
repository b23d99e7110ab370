package org.entente.events;

/** What kind of cooperation the partnership is, from information sharing to joint project (J. Damon). */
public enum PartnershipType {
    INSTITUTIONAL, OPERATIONAL, FINANCIAL, TECHNICAL, PROJECT
}
