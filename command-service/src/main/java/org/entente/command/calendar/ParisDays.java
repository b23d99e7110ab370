package org.entente.command.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days of a partnership are Paris days: a date in its terms means that whole day in Europe/Paris, from the
 * instant it begins there (an hour earlier in UTC in winter, two in summer) to the instant the next one begins.
 */
public final class ParisDays {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private ParisDays() {
    }

    /** The instant {@code day} begins in Paris. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PARIS).toInstant();
    }

    /** The Paris date at {@code instant}. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(PARIS).toLocalDate();
    }
}
