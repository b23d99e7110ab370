package org.entente.calendar;

import org.entente.events.Terms;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

/**
 * What the calendar of a partnership in force is made of, folded from its events: the terms in force (not a version
 * under negotiation), the current term (renewed terms included; null while not in force or for a duration without
 * end) and the one before it (whose last evaluation may still become overdue), the due items already acted on
 * ({@link DueItem#id} without the partnership), the last day evaluations reached, who gave notice of
 * non-renewal for this term, and the comptes rendus financiers fallen due and not yet filed (each year's last day
 * to its first).
 */
public record Timeline(Terms inForce, Term term, Term previous, Set<String> done, LocalDate evaluatedUntil,
                String noticeGivenBy, Map<LocalDate, LocalDate> reportsOwed) {

    public static final Timeline NONE = new Timeline(null, null, null, Set.of(), null, null, Map.of());

    /**
     * Sorted, so that a timeline is written the same way however it was built: the query side keeps it in a
     * document whose checksum a replay compares with the live one's.
     */
    public Timeline {
        done = Collections.unmodifiableSortedSet(done == null ? new TreeSet<>() : new TreeSet<>(done));
        reportsOwed = Collections.unmodifiableSortedMap(reportsOwed == null ? new TreeMap<>()
                : new TreeMap<>(reportsOwed));
    }

    /**
     * Terms coming into force, by activation or amendment. An amendment that keeps the duration's dates keeps the
     * current term too (a tacit renewal may have moved it on) but takes its renewal and notice period.
     */
    public Timeline inForce(Terms terms) {
        Terms.Duration duration = terms.duration();
        Term next = duration.end() == null ? null : Term.of(duration);
        if (next != null && term != null && sameDates(inForce.duration(), duration)) {
            next = new Term(term.first(), term.last(), duration.renewal(), duration.noticePeriodDays());
        }
        return new Timeline(terms, next, previous, done, evaluatedUntil, noticeGivenBy, reportsOwed);
    }

    /** The next term of a tacit renewal, from {@code first} to {@code last}; nobody has given notice for it yet. */
    public Timeline renewed(LocalDate first, LocalDate last) {
        return new Timeline(inForce, new Term(first, last, term.renewal(), term.noticePeriodDays()), term, done,
                evaluatedUntil, null, reportsOwed);
    }

    public Timeline done(DueItem item) {
        return new Timeline(inForce, term, previous, with(done, key(item)), evaluatedUntil, noticeGivenBy,
                reportsOwed);
    }

    public boolean isDone(DueItem item) {
        return done.contains(key(item));
    }

    /** An evaluation was recorded for a period ending on {@code periodEnd}. */
    public Timeline evaluated(LocalDate periodEnd) {
        LocalDate until = evaluatedUntil == null || periodEnd.isAfter(evaluatedUntil) ? periodEnd : evaluatedUntil;
        return new Timeline(inForce, term, previous, done, until, noticeGivenBy, reportsOwed);
    }

    public Timeline noticeGivenBy(String institutionId) {
        return new Timeline(inForce, term, previous, done, evaluatedUntil, institutionId, reportsOwed);
    }

    /** The compte rendu financier of the year from {@code first} to {@code last} fell due. */
    public Timeline owing(LocalDate first, LocalDate last) {
        Map<LocalDate, LocalDate> owed = new TreeMap<>(reportsOwed);
        owed.put(last, first);
        return new Timeline(inForce, term, previous, done, evaluatedUntil, noticeGivenBy, owed);
    }

    /** The compte rendu financier of the year ending on {@code last} was filed. */
    public Timeline filed(LocalDate last) {
        Map<LocalDate, LocalDate> owed = new TreeMap<>(reportsOwed);
        owed.remove(last);
        return new Timeline(inForce, term, previous, done, evaluatedUntil, noticeGivenBy, owed);
    }

    /** The term an evaluation due on {@code dueDate} belongs to: the previous one up to its end's day after. */
    public Term termOf(LocalDate dueDate) {
        return previous != null && !dueDate.isAfter(previous.dayAfter()) ? previous : term;
    }

    private static String key(DueItem item) {
        return item.kind().slug() + ":" + item.date();
    }

    private static Set<String> with(Set<String> set, String element) {
        Set<String> next = new HashSet<>(set);
        next.add(element);
        return next;
    }

    private static boolean sameDates(Terms.Duration before, Terms.Duration after) {
        return before.start().equals(after.start()) && Objects.equals(before.end(), after.end());
    }
}
