package org.entente.command.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.entente.calendar.CalendarRules;
import org.entente.command.partnership.CalendarBackfill;
import org.entente.command.partnership.DueItemSchedule;
import org.entente.command.partnership.PassageOfTime;
import org.entente.command.vault.VaultUpkeep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import java.time.Clock;
import java.util.List;

@Configuration
class SchedulingConfiguration {

    /** The scheduler's time is the decisions' time: one clock, which tests move (DESIGN §8). */
    @Bean
    com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
        return clock::instant;
    }

    @Bean
    OneTimeTask<Void> dueItemTask(PassageOfTime passageOfTime) {
        return DueItemTask.of(passageOfTime);
    }

    /**
     * The upgrade's one-time task: Flyway V7 writes its row, so it runs once per installation, on one instance,
     * and again after a failure until it completes.
     */
    @Bean
    OneTimeTask<Void> calendarBackfillTask(CalendarBackfill backfill) {
        return Tasks.oneTime("calendar-backfill").onFailure(DueItemTask.<Void>backOff())
                .execute((instance, context) -> backfill.keepEveryCalendar());
    }

    /**
     * Every minute, the vault's pass: the values whose retention period ended are erased, and the erasures whose
     * events are not recorded yet (a crash, a partnership that failed) are recorded, in Entente's name.
     */
    @Bean
    RecurringTask<Void> vaultUpkeepTask(VaultUpkeep upkeep) {
        return Tasks.recurring("vault-upkeep", FixedDelay.ofMinutes(1))
                .execute((instance, context) -> upkeep.pass());
    }

    /** Lazy: the scheduler is built from the tasks, whose commands reach the aggregate, which keeps the schedule. */
    @Bean
    DueItemSchedule dueItemSchedule(@Lazy Scheduler scheduler) {
        return new DbSchedule(scheduler);
    }

    @Bean
    CalendarRules calendarRules(@Value("${entente.calendar.evaluation-grace-days:30}") int graceDays,
                                @Value("${entente.calendar.notice-reminders-days-before:30,7}") List<Integer> days,
                                @Value("${entente.calendar.financial-report-months:6}") int reportMonths) {
        return new CalendarRules(graceDays, days, reportMonths);
    }
}
