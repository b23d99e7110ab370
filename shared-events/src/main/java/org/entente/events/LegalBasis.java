package org.entente.events;

/** The legal instrument the partnership rests on, with its official reference when it has one. */
public record LegalBasis(Kind kind, String reference) {

    public enum Kind {
        PARTNERSHIP_AGREEMENT,
        CONTRAT_ENFANCE_JEUNESSE,
        CONVENTION_TERRITORIALE_GLOBALE,
        PUBLIC_INTEREST_GROUPING,
        ASSOCIATION,
        PUBLIC_SERVICE_DELEGATION,
        OTHER
    }
}
