package org.entente.web;

import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;
import org.entente.web.api.Partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Partnerships as the query side would show them, for page and unit tests. */
public final class Fixtures {

    public static final UUID ID = UUID.fromString("0b5c0000-0000-4000-8000-000000000001");
    public static final String HASH = "sha256:" + "ab".repeat(32);

    private Fixtures() {
    }

    public static Terms terms() {
        return new Terms(List.of(new Terms.Objective("Open 40 new places",
                        List.of(new Terms.Indicator("places", "places", BigDecimal.valueOf(120), BigDecimal.valueOf(160))))),
                List.of(new Terms.Contribution("caf-57", Terms.Contribution.Kind.FUNDING, "Grant",
                        new BigDecimal("180000.00"), null, "yearly")),
                new Terms.Governance("One per partner", "quarterly", "consensus"),
                new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                        Terms.Duration.Renewal.EXPLICIT, 90),
                new Terms.EvaluationPlan("yearly", List.of("attendance")));
    }

    public static Partnership.Partner partner(String id, PartnerRole role, Partnership.Standing standing) {
        return new Partnership.Partner(id, id.toUpperCase(), Institution.Kind.OTHER, role, standing,
                Instant.parse("2026-03-01T10:00:00Z"), null);
    }

    /** CCAS (lead), CAF and Ligue, all partners, version 1 of the terms on the table, approved by nobody. */
    public static Partnership negotiating() {
        return partnership(PartnershipStatus.NEGOTIATING, null, List.of(), 5);
    }

    public static Partnership partnership(PartnershipStatus status, Partnership.Agreement agreement,
                                          List<Partnership.Evaluation> evaluations, long version) {
        return partnership(status, agreement, evaluations, version, List.of(
                partner("ccas-metz", PartnerRole.LEAD, Partnership.Standing.ACTIVE),
                partner("caf-57", PartnerRole.FUNDER, Partnership.Standing.ACTIVE),
                partner("ligue-57", PartnerRole.OPERATOR, Partnership.Standing.ACTIVE)), List.of());
    }

    public static Partnership partnership(PartnershipStatus status, Partnership.Agreement agreement,
                                          List<Partnership.Evaluation> evaluations, long version,
                                          List<Partnership.Partner> partners, List<String> approvedBy) {
        return new Partnership(ID, "ENT-0B5C", "Contrat Enfance Jeunesse Metz-Nord", "Childcare",
                PartnershipType.PROJECT, new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-57"),
                new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), status, "ccas-metz",
                new Partnership.TermsOnTable(1, HASH, terms(), "ccas-metz", null, approvedBy), agreement, partners,
                evaluations, 0, Instant.parse("2026-03-01T10:00:00Z"), null, null, null, version,
                Instant.parse("2026-03-02T10:00:00Z"), null);
    }

    /** {@code p} whose calendar runs the term from {@code first} to {@code last}. */
    public static Partnership inTerm(Partnership p, LocalDate first, LocalDate last) {
        return new Partnership(p.id(), p.reference(), p.title(), p.purpose(), p.type(), p.legalBasis(), p.territory(),
                p.status(), p.leadInstitutionId(), p.terms(), p.agreement(), p.partners(), p.evaluations(),
                p.amendments(), p.proposedAt(), p.effectiveDate(), p.endedAt(), p.endReason(), p.version(),
                p.lastEventAt(), new Partnership.Timeline(new Partnership.CurrentTerm(first, last)));
    }

    public static Partnership.Agreement agreement(String... signedBy) {
        return new Partnership.Agreement(1, HASH, java.util.Arrays.stream(signedBy).map(id ->
                new Partnership.Signature(id, "Someone", "Director", Instant.parse("2026-03-05T10:00:00Z"), null))
                .toList());
    }
}
