package org.entente.command.partnership;

import org.entente.events.DissolutionReason;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipEvent.TermsApproved;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A contrat Enfance Jeunesse between the CCAS of Metz (lead), the CAF de la Moselle and the Ligue de
 * l'Enseignement, as events up to each stage of its life, and the actors who act on it.
 */
final class Scenario {

    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final UUID ID = UUID.fromString("5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11");
    static final Institution CCAS = new Institution("ccas-metz", "CCAS de Metz", Institution.Kind.LOCAL_AUTHORITY);
    static final Institution CAF = new Institution("caf-57", "CAF de la Moselle", Institution.Kind.SOCIAL_SECURITY_FUND);
    static final Institution LIGUE = new Institution("ligue-57", "Ligue 57", Institution.Kind.ASSOCIATION);
    static final Terms TERMS = TermsHashTest.terms(new BigDecimal("180000"));
    static final String HASH = TermsHash.of(TERMS);

    static final Actor CLAIRE = actor(CCAS, "partner", "signatory");
    static final Actor KARIM = actor(CAF, "partner", "signatory");
    static final Actor LEA = actor(LIGUE, "partner", "signatory");
    static final Actor KARIM_NOT_SIGNATORY = actor(CAF, "partner");
    static final Actor STRANGER = new Actor("someone", "Someone", "other-town", Set.of("partner", "signatory"));

    private Scenario() {
    }

    static Actor actor(Institution institution, String... roles) {
        return new Actor("user-" + institution.id(), "Member of " + institution.id(), institution.id(),
                Set.of(roles));
    }

    /** Proposed by the CCAS, the CAF and the Ligue invited. */
    static List<PartnershipEvent> proposed() {
        return List.of(
                new PartnershipProposed(ID, "CEJ-1", "CEJ Metz", "Childcare", PartnershipType.PROJECT,
                        new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-1"),
                        new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), CCAS, TERMS, HASH, NOW),
                new PartnerInvited(ID, CAF, PartnerRole.FUNDER, NOW),
                new PartnerInvited(ID, LIGUE, PartnerRole.OPERATOR, NOW));
    }

    /** Both invitations accepted: three partners negotiate version 1. */
    static List<PartnershipEvent> negotiating() {
        return plus(proposed(), new InvitationAccepted(ID, CAF.id(), NOW), new InvitationAccepted(ID, LIGUE.id(), NOW));
    }

    /** Every partner approved version 1. */
    static List<PartnershipEvent> agreed() {
        return plus(negotiating(), new TermsApproved(ID, 1, HASH, CCAS.id(), NOW),
                new TermsApproved(ID, 1, HASH, CAF.id(), NOW), new TermsApproved(ID, 1, HASH, LIGUE.id(), NOW),
                new AgreementReached(ID, 1, HASH, NOW));
    }

    /** Every partner signed: in force since the terms' start. */
    static List<PartnershipEvent> active() {
        return plus(agreed(), signed(CCAS), signed(CAF), signed(LIGUE),
                new PartnershipActivated(ID, 1, TODAY, NOW));
    }

    static AgreementSigned signed(Institution institution) {
        return new AgreementSigned(ID, 1, HASH, institution.id(), "Member of " + institution.id(), "Director", NOW);
    }

    static List<PartnershipEvent> dissolved() {
        return plus(active(), new PartnershipEvent.PartnershipDissolved(ID, DissolutionReason.MUTUAL_AGREEMENT,
                null, TODAY, CCAS.id(), NOW));
    }

    static List<PartnershipEvent> plus(List<PartnershipEvent> history, PartnershipEvent... more) {
        List<PartnershipEvent> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
