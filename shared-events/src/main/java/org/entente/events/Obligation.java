package org.entente.events;

/**
 * What a partnership owes besides its evaluations, which have their own events: each kind falls due as a period
 * ends, is to be fulfilled by a deadline, and is fulfilled by a partner's step that names it.
 */
public enum Obligation {
    /**
     * The compte rendu financier of a funded year (a year of the term whose terms in force have a funding
     * contribution): due as the year ends, to be filed within six months.
     */
    FINANCIAL_REPORT
}
