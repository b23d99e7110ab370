package org.entente.query.portfolio;

import org.entente.platform.problem.BadRequest;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The filters, order and page of a portfolio request, checked before they reach SQL. */
record PortfolioQuery(
        String text,
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

    static final int MAX_TEXT = 200;

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
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadRequest("invalid-text", "q is at most " + MAX_TEXT + " characters.");
        }
        text = text == null || text.isBlank() ? null : text.trim();
        status = status == null ? null : status.toUpperCase(Locale.ROOT);
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    /** The text as a LIKE pattern matching it anywhere, its own wildcards taken literally. */
    String textPattern() {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    String orderBy() {
        return SORTS.get(sort) + (descending ? " DESC" : " ASC") + ", p.id";
    }
}
