package org.entente.query.deadlines;

import org.entente.calendar.CalendarRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The calendar's rules and today's date on the read side. The properties (application.yaml) are the command side's,
 * with its defaults and environment variables, so that one setting moves both: the deadlines shown are then the
 * ones acted on.
 */
@Configuration
class CalendarConfiguration {

    @Bean
    CalendarRules calendarRules(@Value("${entente.calendar.evaluation-grace-days}") int graceDays,
                                @Value("${entente.calendar.notice-reminders-days-before}") List<Integer> days,
                                @Value("${entente.calendar.financial-report-months}") int reportMonths) {
        return new CalendarRules(graceDays, days, reportMonths);
    }

    /** "Today" for the deadlines, in the partners' time zone, as the command side's clock reads it. */
    @Bean
    Clock clock(@Value("${entente.time-zone}") ZoneId zone) {
        return Clock.system(zone);
    }
}
