package org.entente.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A partnership as the query side shows it, now or as of a past moment ({@code GET /partnerships/{id}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Partnership(UUID id, String reference, String title, String purpose, PartnershipType type,
                          LegalBasis legalBasis, Territory territory, PartnershipStatus status,
                          String leadInstitutionId,
                          TermsOnTable terms, Agreement agreement, List<Partner> partners,
                          List<Evaluation> evaluations, int amendments, Instant proposedAt, LocalDate effectiveDate,
                          Instant endedAt, String endReason, long version, Instant lastEventAt,
                          Timeline timeline) {

    public Partnership {
        partners = partners == null ? List.of() : partners;
        evaluations = evaluations == null ? List.of() : evaluations;
    }

    /**
     * The term running now when tacit renewals moved it on from the dates the terms were signed with; null when
     * the terms' own dates still hold (or the partnership is not in force).
     */
    public CurrentTerm renewedTerm() {
        if (timeline == null || timeline.term() == null || terms == null || terms.content() == null) {
            return null;
        }
        return timeline.term().first().equals(terms.content().duration().start()) ? null : timeline.term();
    }

    /**
     * The day an imported convention was proposed on paper, null for one proposed in Entente: the lead joined the
     * partnership by proposing it, so its standing took effect that day, and a lead never changes its standing.
     */
    public LocalDate proposedOn() {
        return partners.stream().filter(partner -> partner.role() == PartnerRole.LEAD).findFirst()
                .map(Partner::effectiveDate).orElse(null);
    }

    /** What the pages show of the partnership's calendar, as the query side folded it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timeline(CurrentTerm term) {
    }

    /** The term in force, renewals included: from {@code first} to {@code last}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CurrentTerm(LocalDate first, LocalDate last) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TermsOnTable(int version, String hash, Terms content, String proposedBy, String rationale,
                               List<String> approvedBy) {

        public TermsOnTable {
            approvedBy = approvedBy == null ? List.of() : approvedBy;
        }

        public boolean approvedBy(String institutionId) {
            return approvedBy.contains(institutionId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agreement(int version, String hash, List<Signature> signatures) {

        public Agreement {
            signatures = signatures == null ? List.of() : signatures;
        }

        public boolean signedBy(String institutionId) {
            return signatureOf(institutionId) != null;
        }

        public Signature signatureOf(String institutionId) {
            return signatures.stream().filter(signature -> signature.institutionId().equals(institutionId))
                    .findFirst().orElse(null);
        }
    }

    /** Recorded {@code signedAt}; for a convention brought in, given on {@code effectiveDate} (null otherwise). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(String institutionId, String signatoryName, String capacity, Instant signedAt,
                            LocalDate effectiveDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** Standing recorded {@code since}; for the steps of a convention brought in, from {@code effectiveDate}. */
    public record Partner(String institutionId, String name, Institution.Kind kind, PartnerRole role,
                          Standing status, Instant since, LocalDate effectiveDate) {

        public boolean isActive() {
            return status == Standing.ACTIVE;
        }
    }

    /** Where an institution stands in the partnership. */
    public enum Standing {
        INVITED, ACTIVE, DECLINED, WITHDRAWN
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evaluation(UUID evaluationId, LocalDate periodStart, LocalDate periodEnd, int rating,
                             String findings, String recordedBy, Instant recordedAt) {
    }

    public Optional<Partner> partner(String institutionId) {
        return partners.stream().filter(partner -> partner.institutionId().equals(institutionId)).findFirst();
    }

    public String nameOf(String institutionId) {
        return partner(institutionId).map(Partner::name).orElse(institutionId);
    }

    public long activePartners() {
        return partners.stream().filter(Partner::isActive).count();
    }
}
