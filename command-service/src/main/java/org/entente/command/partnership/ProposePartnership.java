package org.entente.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Propose a new partnership, led by the proposer's institution, inviting the others to join; with an
 * {@code effectiveDate} in the past, the proposal that opens the import of an existing convention ({@link Reprise}).
 */
record ProposePartnership(
        @TargetAggregateIdentifier UUID partnershipId,
        String reference,
        String title,
        String purpose,
        PartnershipType type,
        LegalBasis legalBasis,
        Territory territory,
        Institution lead,
        List<Invitation> invitations,
        Terms terms,
        LocalDate effectiveDate) {

    /** An institution asked to join, in the role it is offered. */
    record Invitation(Institution institution, PartnerRole role) {
    }
}
