package org.entente.web.api;

import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;

import java.time.LocalDate;

/**
 * What a person filters the portfolio by; every field optional ({@code q}: a word of the title or reference;{@code institution} narrows an auditor's view to
 * one institution's partnerships; for a partner the query side always answers their own). Dates are calendar days in the person's zone,
 * the whole day included.
 */
public record PortfolioFilter(String q, PartnershipStatus status, PartnershipType type, String territory,
                              String institution,
                              LocalDate proposedFrom, LocalDate proposedTo, String sort, String direction,
                              Integer page, Integer size) {

    public static final int PAGE_SIZE = 20;

    public String sortOrDefault() {
        return sort == null || !sort.matches("proposedAt|title|status") ? "proposedAt" : sort;
    }

    public String directionOrDefault() {
        return "asc".equals(direction) ? "asc" : "desc";
    }

    public int pageOrFirst() {
        return page == null || page < 0 ? 0 : page;
    }

    public int sizeOrDefault() {
        return size == null || size < 1 || size > 100 ? PAGE_SIZE : size;
    }

    public PortfolioFilter withPage(int other) {
        return new PortfolioFilter(q, status, type, territory, institution, proposedFrom, proposedTo, sort, direction,
                other, size);
    }

    public PortfolioFilter withSize(int other) {
        return new PortfolioFilter(q, status, type, territory, institution, proposedFrom, proposedTo, sort, direction,
                page, other);
    }

    public PortfolioFilter withSort(String other) {
        String nextDirection = other.equals(sortOrDefault()) && "desc".equals(directionOrDefault()) ? "asc" : "desc";
        return new PortfolioFilter(q, status, type, territory, institution, proposedFrom, proposedTo, other,
                nextDirection, 0, size);
    }
}
