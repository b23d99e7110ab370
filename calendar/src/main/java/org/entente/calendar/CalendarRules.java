package org.entente.calendar;

import java.util.List;

/**
 * What the terms do not say and an installation decides: how long after an evaluation fell due it is overdue, how
 * many days before the notice deadline partners are reminded of it, and within how many months of a funded year's
 * end its compte rendu financier is to be filed.
 */
public record CalendarRules(int evaluationGraceDays, List<Integer> noticeRemindersDaysBefore,
                            int financialReportMonths) {

    /**
     * A month's grace for an evaluation; reminders a month and a week before the notice deadline; six months for a
     * compte rendu financier, as French law asks of a subsidy's (loi du 12 avril 2000, article 10).
     */
    public static final CalendarRules DEFAULT = new CalendarRules(30, List.of(30, 7), 6);

    public CalendarRules {
        if (evaluationGraceDays < 0 || noticeRemindersDaysBefore.stream().anyMatch(days -> days <= 0)) {
            throw new IllegalArgumentException("Grace and reminders are counted in days, positive: "
                    + evaluationGraceDays + ", " + noticeRemindersDaysBefore);
        }
        if (financialReportMonths <= 0) {
            throw new IllegalArgumentException("A compte rendu financier is filed within a positive number of "
                    + "months: " + financialReportMonths);
        }
        noticeRemindersDaysBefore = List.copyOf(noticeRemindersDaysBefore);
    }
}
