package org.entente.cli.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of the seed scenarios, written relative to the day they are played, so that the demo keeps its shape
 * whatever the year: {@code {today}} or {@code {month}} (the first day of the current month), followed by any
 * number of signed ISO-8601 periods, as {@code {month-P3Y8M}} or {@code {today+P70D-P4Y}}, applied from left to
 * right. Played in December 2026, {@code {month-P3Y11M}} is 1 January 2023.
 */
final class SeedDates {

    private static final Pattern DATE = Pattern.compile("\\{(today|month)((?:[+-]P[0-9YMWD]+)*)}");
    private static final Pattern STEP = Pattern.compile("([+-])(P[0-9YMWD]+)");

    private final LocalDate today;

    SeedDates(LocalDate today) {
        this.today = today;
    }

    /** {@code text} with every date template replaced by its ISO date. */
    String fill(String text) {
        Matcher template = DATE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (template.find()) {
            template.appendReplacement(filled, dateOf(template.group(1), template.group(2)).toString());
        }
        return template.appendTail(filled).toString();
    }

    private LocalDate dateOf(String anchor, String steps) {
        LocalDate date = anchor.equals("today") ? today : today.with(TemporalAdjusters.firstDayOfMonth());
        Matcher step = STEP.matcher(steps);
        while (step.find()) {
            Period period = Period.parse(step.group(2));
            date = step.group(1).equals("+") ? date.plus(period) : date.minus(period);
        }
        return date;
    }
}
