package org.entente.events;

/** Why a partnership ended (DESIGN §3). */
public enum DissolutionReason {
    TERM_EXPIRED, MUTUAL_AGREEMENT, UNILATERAL_TERMINATION, BREACH, OBJECTIVES_ACHIEVED, PARTNER_CEASED
}
