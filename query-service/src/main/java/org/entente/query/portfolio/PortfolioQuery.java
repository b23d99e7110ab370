package org.entente.query.portfolio;

import org.entente.platform.problem.BadRequest;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The filters, order and page of a portfolio request, checked before they reach SQL. */
record PortfolioQuery(
        String institution,
        String status,
        String type,
        String territory,
        Instant proposedFrom,
        Instant proposedTo,
        String sort,
        boolean descending,
        int page,
        int size) {

    /** Sort keys a client may name, and the indexed expressions they stand for. */
    static final Map<String, String> SORTS = Map.of(
            "proposedAt", "p.proposed_at", "title", "lower(p.title)", "status", "p.status");

    PortfolioQuery {
        if (page < 0 || size < 1 || size > 200) {
            throw new BadRequest("invalid-page", "page must be 0 or more and size between 1 and 200.");
        }
        if (!SORTS.containsKey(sort)) {
            throw new BadRequest("invalid-sort", "sort must be one of " + SORTS.keySet() + ".");
        }
        if (proposedFrom != null && proposedTo != null && proposedTo.isBefore(proposedFrom)) {
            throw new BadRequest("invalid-range", "proposedTo is before proposedFrom.");
        }
        status = status == null ? null : status.toUpperCase(Locale.ROOT);
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    String orderBy() {
        return SORTS.get(sort) + (descending ? " DESC" : " ASC") + ", p.id";
    }
}
