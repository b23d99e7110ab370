package org.entente.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A partnership's steps in order, with who acted for which institution and why ({@code …/history}): each with the
 * time it was recorded ({@code at}) and, for a step of an imported convention, the day it took effect.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryPage(List<Step> steps, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(long sequence, String step, Instant at, LocalDate effectiveDate, String actorId,
                       String actorName, String institution, JsonNode details) {

        /** The person by the name the ledger recorded; their subject only for steps logged before names were. */
        public String who() {
            return actorName == null || actorName.isBlank() ? actorId : actorName;
        }

        /**
         * Recorded by Entente itself as a date of the calendar came (actor {@code system}), for no institution:
         * pages say so rather than show a person.
         */
        public boolean bySystem() {
            return "system".equals(actorId) && institution == null;
        }

        /** The sentence that explains the step, when it has one: a rationale, a reason, a signatory's capacity. */
        public String explanation() {
            for (String field : List.of("rationale", "reason", "findings", "capacity", "details")) {
                if (details != null && details.hasNonNull(field) && details.get(field).isTextual()) {
                    return details.get(field).asText();
                }
            }
            return null;
        }

        public String detail(String field) {
            return details != null && details.hasNonNull(field) ? details.get(field).asText() : null;
        }
    }
}
