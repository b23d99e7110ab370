package org.entente.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The summary report ({@code GET /reports/summary}), scoped by the service to what the caller may see. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(long partnerships, List<Count> byStatus, List<Count> byType, List<Count> byTerritory,
                      Double medianDaysFromProposalToActivation, List<Rating> evaluationRatings) {

    public Summary {
        byStatus = byStatus == null ? List.of() : byStatus;
        byType = byType == null ? List.of() : byType;
        byTerritory = byTerritory == null ? List.of() : byTerritory;
        evaluationRatings = evaluationRatings == null ? List.of() : evaluationRatings;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(String key, long partnerships) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(String type, String territory, long evaluations, double averageRating) {
    }
}
