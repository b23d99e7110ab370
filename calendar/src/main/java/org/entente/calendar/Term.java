package org.entente.calendar;

import org.entente.events.Terms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * A term of a partnership, from its first day to its last, both in force, and what the terms say of its end:
 * whether it renews by itself ({@code TACIT}) unless a partner gives notice, and how many days before its end that
 * notice must be given at the latest.
 */
public record Term(LocalDate first, LocalDate last, Terms.Duration.Renewal renewal, int noticePeriodDays) {

    public Term {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("A term ends on or after its first day: " + first + " to " + last);
        }
        if (noticePeriodDays < 0) {
            throw new IllegalArgumentException("A notice period is not negative: " + noticePeriodDays);
        }
    }

    public static Term of(Terms.Duration duration) {
        return new Term(duration.start(), duration.end(), duration.renewal(), duration.noticePeriodDays());
    }

    /** The first day out of this term: it ends as that day begins. */
    public LocalDate dayAfter() {
        return last.plusDays(1);
    }

    /** As the day after begins in the installation's time zone (its clock's: {@code entente.time-zone}). */
    public Instant endsAt(ZoneId zone) {
        return dayAfter().atStartOfDay(zone).toInstant();
    }

    /** The last day on which a partner may give notice of non-renewal: the term's end less the notice period. */
    public LocalDate noticeDeadline() {
        return last.minusDays(noticePeriodDays);
    }

    /** Notice given before this instant (the end of the deadline's day in {@code zone}) is in time. */
    public Instant noticeClosesAt(ZoneId zone) {
        return noticeDeadline().plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean renewsTacitly() {
        return renewal == Terms.Duration.Renewal.TACIT;
    }

    /**
     * The term a tacit renewal starts: as long as this one (the same years, months and days, counted from its own
     * first day), with the same renewal and notice.
     */
    public Term renewed() {
        Period length = Period.between(first, dayAfter());
        LocalDate next = dayAfter();
        return new Term(next, next.plus(length).minusDays(1), renewal, noticePeriodDays);
    }
}
