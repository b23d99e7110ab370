package org.entente.command.partnership;

import org.entente.calendar.Timeline;
import org.entente.calendar.CalendarRules;
import org.entente.calendar.DueItem;
import org.entente.calendar.DueItems;
import org.entente.calendar.Term;
import org.entente.command.partnership.Commands.FileFinancialReport;
import org.entente.events.Obligation;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.ObligationFallenDue;
import org.entente.events.PartnershipEvent.ObligationFulfilled;
import org.entente.events.PartnershipEvent.ObligationOverdue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.entente.command.partnership.CommandRefused.Reason.NEGATIVE_AMOUNT;
import static org.entente.command.partnership.CommandRefused.Reason.NO_REPORT_OWED;

/**
 * The compte rendu financier, the first obligation besides evaluations: owed for each year of a funded term as the
 * year ends, overdue once the months to file it have passed, fulfilled when a partner files it, late or not.
 */
final class FinancialReports {

    private FinancialReports() {
    }

    /** The obligation a year's end gives rise to: the year from its first day, and the last day to file it. */
    static PartnershipEvent fallenDue(Timeline timeline, DueItem item, UUID partnershipId, Instant now,
                                      CalendarRules rules) {
        LocalDate yearEnd = item.date().minusDays(1);
        return new ObligationFallenDue(partnershipId, Obligation.FINANCIAL_REPORT,
                yearStart(timeline.termOf(item.date()), yearEnd), yearEnd, DueItems.reportDeadline(yearEnd, rules),
                now);
    }

    /** The owed report whose deadline was the day before the item's: the one it is pending for. */
    static PartnershipEvent overdue(Timeline timeline, DueItem item, UUID partnershipId, Instant now,
                                    CalendarRules rules) {
        LocalDate deadline = item.date().minusDays(1);
        LocalDate yearEnd = timeline.reportsOwed().keySet().stream()
                .filter(end -> DueItems.reportDeadline(end, rules).equals(deadline)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No compte rendu financier owed by " + deadline));
        return new ObligationOverdue(partnershipId, Obligation.FINANCIAL_REPORT, yearEnd, deadline, now);
    }

    /** A partner files the report of a year it is owed for: an amount the funding paid for, and what it says. */
    static List<PartnershipEvent> file(PartnershipState state, FileFinancialReport command, Clock clock) {
        Guards.partnerInForce(state, command.actor());
        LocalDate yearStart = command.periodEnd() == null ? null
                : state.timeline().reportsOwed().get(command.periodEnd());
        if (yearStart == null) {
            throw new CommandRefused(NO_REPORT_OWED, "periodEnd", "No compte rendu financier is owed for a year "
                    + "ending on " + command.periodEnd() + ": owed for the years ending on "
                    + state.timeline().reportsOwed().keySet() + " (one is owed once its year has ended).");
        }
        if (command.amount() == null || command.amount().signum() < 0) {
            throw new CommandRefused(NEGATIVE_AMOUNT, "amount", "The amount the funding paid for is zero or more: "
                    + command.amount() + ".");
        }
        return List.of(new ObligationFulfilled(command.partnershipId(), Obligation.FINANCIAL_REPORT, yearStart,
                command.periodEnd(), command.actor().institutionId(), command.amount(),
                Guards.text("summary", command.summary(), 8000), clock.instant()));
    }

    /** The first day of the year of {@code term} whose last day is {@code yearEnd}. */
    private static LocalDate yearStart(Term term, LocalDate yearEnd) {
        LocalDate start = term.first();
        for (LocalDate end : DueItems.yearEnds(term)) {
            if (end.equals(yearEnd)) {
                return start;
            }
            start = end.plusDays(1);
        }
        throw new IllegalArgumentException(yearEnd + " ends no year of the term " + term);
    }
}
