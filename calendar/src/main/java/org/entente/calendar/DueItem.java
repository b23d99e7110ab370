package org.entente.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Something a partnership's terms make due on a date, acted on as that day begins. Its id names the
 * partnership, the kind and the date, so that the command it becomes is the same however often it is computed.
 */
public record DueItem(Kind kind, LocalDate date) implements Comparable<DueItem> {

    public enum Kind {
        /** An evaluation's period has ended: the evaluation is due. */
        EVALUATION_DUE,
        /** The grace period after an evaluation fell due has passed without it. */
        EVALUATION_OVERDUE,
        /** A funded year has ended: its compte rendu financier is due. */
        FINANCIAL_REPORT_DUE,
        /** The months to file a funded year's compte rendu financier have passed without it. */
        FINANCIAL_REPORT_OVERDUE,
        /** A reminder, some days before the last day to give notice of non-renewal. */
        NOTICE_DEADLINE_APPROACHING,
        /** The term has ended: renewed tacitly, or expired. */
        TERM_END;

        /** As it appears in ids: {@code evaluation-due}. */
        public String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** {@code <partnership>:<kind>:<date>}, for instance {@code 8f0e…:term-end:2027-01-01}. */
    public String id(String partnershipId) {
        return partnershipId + ":" + kind.slug() + ":" + date;
    }

    /** As its day begins in the installation's time zone (its clock's: {@code entente.time-zone}). */
    public Instant at(ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    @Override
    public int compareTo(DueItem other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : kind.compareTo(other.kind);
    }
}
