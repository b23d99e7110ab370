package org.entente.query.portfolio;

import org.entente.calendar.Timeline;
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
import java.util.UUID;

/**
 * A partnership as it stands after some prefix of its events: what partners, auditors and the as-of queries
 * read. Built only by {@link PartnershipFold}, for the live view and for any past moment alike. Its
 * {@code timeline} is the calendar's, folded as the command side folds it, from which its deadlines are read; null
 * in a document stored before the calendar came to the read side, until a replay rebuilds it.
 */
public record PartnershipState(
        UUID id,
        String reference,
        String title,
        String purpose,
        PartnershipType type,
        LegalBasis legalBasis,
        Territory territory,
        PartnershipStatus status,
        String leadInstitutionId,
        TermsOnTable terms,
        Agreement agreement,
        List<Partner> partners,
        List<Evaluation> evaluations,
        int amendments,
        Instant proposedAt,
        LocalDate effectiveDate,
        Instant endedAt,
        String endReason,
        long version,
        Instant lastEventAt,
        Timeline timeline) {

    /** The version of the terms on the table, who proposed it, why, and who approved it so far. */
    public record TermsOnTable(int version, String hash, Terms content, String proposedBy, String rationale,
                               List<String> approvedBy) {
    }

    /** The version all partners approved, and the signatures given to it. */
    public record Agreement(int version, String hash, List<Signature> signatures) {
    }

    /** A signature, recorded {@code signedAt}; given on {@code effectiveDate} when a convention was brought in. */
    public record Signature(String institutionId, String signatoryName, String capacity, Instant signedAt,
                            LocalDate effectiveDate) {
    }

    /** A partner's standing, recorded {@code since}; in effect from {@code effectiveDate} for an import's steps. */
    public record Partner(String institutionId, String name, Institution.Kind kind, PartnerRole role, String status,
                          Instant since, LocalDate effectiveDate) {
    }

    public record Evaluation(UUID evaluationId, LocalDate periodStart, LocalDate periodEnd, int rating,
                             String findings, String recordedBy, Instant recordedAt) {
    }
}
