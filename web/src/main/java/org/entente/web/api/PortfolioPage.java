package org.entente.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of the portfolio ({@code GET /partnerships}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PortfolioPage(List<Item> items, int page, int size, long total) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(UUID id, String reference, String title, PartnershipType type, PartnershipStatus status,
                       Territory territory, String leadInstitutionId, String leadName, Instant proposedAt,
                       long version) {

        /** The lead institution by its name, its id when the query side had none. */
        public String lead() {
            return leadName == null || leadName.isBlank() ? leadInstitutionId : leadName;
        }
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
