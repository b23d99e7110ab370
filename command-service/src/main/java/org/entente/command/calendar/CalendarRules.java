package org.entente.command.calendar;

import java.util.List;

/**
 * What the terms do not say and an installation decides: how long after an evaluation fell due it is overdue, and
 * how many days before the notice deadline partners are reminded of it.
 */
public record CalendarRules(int evaluationGraceDays, List<Integer> noticeRemindersDaysBefore) {

    /** A month's grace for an evaluation; reminders a month and a week before the notice deadline. */
    public static final CalendarRules DEFAULT = new CalendarRules(30, List.of(30, 7));

    public CalendarRules {
        if (evaluationGraceDays < 0 || noticeRemindersDaysBefore.stream().anyMatch(days -> days <= 0)) {
            throw new IllegalArgumentException("Grace and reminders are counted in days, positive: "
                    + evaluationGraceDays + ", " + noticeRemindersDaysBefore);
        }
        noticeRemindersDaysBefore = List.copyOf(noticeRemindersDaysBefore);
    }
}
