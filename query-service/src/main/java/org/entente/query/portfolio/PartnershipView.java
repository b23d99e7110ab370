package org.entente.query.portfolio;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partnership as it stands: its identity, its partners, the terms on the table and how far its life got. */
record PartnershipView(
        UUID id,
        String reference,
        String title,
        String purpose,
        String type,
        JsonNode legalBasis,
        JsonNode territory,
        String status,
        String leadInstitutionId,
        TermsView terms,
        List<PartnerView> partners,
        Instant proposedAt,
        long version,
        Instant lastEventAt) {

    record TermsView(int version, String hash, JsonNode content) {
    }

    record PartnerView(String institutionId, String name, String kind, String role, String status, Instant since) {
    }

    List<String> partnerInstitutions() {
        return partners.stream().map(PartnerView::institutionId).toList();
    }
}
