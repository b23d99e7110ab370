package org.entente.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Deadlines as the query side reads them from the partnerships' calendars, in date order, and the day it took
 * for today.
 */
public record Deadlines(LocalDate today, List<Item> deadlines) {

    /** The ones whose day came and that are not handed in: due, or overdue. */
    public List<Item> pressing() {
        return deadlines.stream().filter(item -> !item.isComing()).toList();
    }

    /** The first {@code count}: due and overdue ones first, then the coming ones, by date. */
    public List<Item> next(int count) {
        return java.util.stream.Stream.concat(pressing().stream(), coming().stream()).limit(count).toList();
    }

    /** The ones still to come. */
    public List<Item> coming() {
        return deadlines.stream().filter(Item::isComing).toList();
    }

    /**
     * One deadline: {@code kind} is EVALUATION, FINANCIAL_REPORT, NOTICE_DEADLINE, TACIT_RENEWAL or TERM_END;
     * {@code standing} COMING, DUE or OVERDUE.
     */
    public record Item(UUID partnershipId, String reference, String title, String kind, LocalDate date,
                       String standing, LocalDate periodStart, LocalDate periodEnd, LocalDate lateFrom) {

        public boolean isComing() {
            return "COMING".equals(standing);
        }

        public boolean isOverdue() {
            return "OVERDUE".equals(standing);
        }
    }
}
