package org.entente.command.partnership;

import org.entente.calendar.Timeline;
import org.entente.calendar.Agenda;
import org.entente.calendar.CalendarRules;
import org.entente.calendar.DueItem;
import org.entente.calendar.Term;
import org.entente.command.partnership.Commands.ActOnDueItem;
import org.entente.command.partnership.Commands.GiveNoticeOfNonRenewal;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.EvaluationFallenDue;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.events.PartnershipEvent.NoticeDeadlineApproaching;
import org.entente.events.PartnershipEvent.NoticeOfNonRenewalGiven;
import org.entente.events.PartnershipEvent.PartnershipExpired;
import org.entente.events.PartnershipEvent.PartnershipRenewedTacitly;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.entente.command.partnership.CommandRefused.Reason.NOTICE_ALREADY_GIVEN;
import static org.entente.command.partnership.CommandRefused.Reason.NOTICE_DEADLINE_PASSED;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_YET_DUE;
import static org.entente.command.partnership.CommandRefused.Reason.NO_LONGER_DUE;
import static org.entente.command.partnership.CommandRefused.Reason.NO_TACIT_RENEWAL;

/**
 * The decisions of time (DESIGN §8): what a due item records as its day begins, and a partner's notice of
 * non-renewal. A due item is accepted once, when it is due and still pending; any other time it is refused, so
 * that a scheduler sending it twice, early or after the terms changed records nothing.
 */
final class Deadlines {

    private Deadlines() {
    }

    /**
     * An event of time and the day its item fell due: the day it took effect, which is earlier than the day it
     * is recorded when the service was stopped then, or when an imported convention's past items catch up.
     */
    record Fallen(PartnershipEvent event, LocalDate due) {

        /** The effective date it records: its due day when it is recorded on a later day, else none. */
        LocalDate effectiveDate(LocalDate today) {
            return due.isBefore(today) ? due : null;
        }
    }

    static List<Fallen> act(PartnershipState state, ActOnDueItem command, Clock clock, CalendarRules rules) {
        DueItem item = new DueItem(command.kind(), command.date());
        List<DueItem> pending = state.pending(rules);
        if (!pending.contains(item)) {
            throw new CommandRefused(NO_LONGER_DUE, item.id(command.partnershipId().toString())
                    + " is not due: done already, or the terms, the term or the status changed.");
        }
        if (clock.instant().isBefore(item.at(clock.getZone()))) {
            throw new CommandRefused(NOT_YET_DUE, item.id(command.partnershipId().toString()) + " is due at "
                    + item.at(clock.getZone()) + ", not before.");
        }
        return catchUp(state, pending, item, command, clock, rules);
    }

    /**
     * Records the item, after the items due before it that are still pending, in their order, and then every item
     * whose day has come too, those of the terms its renewals start included. The scheduler runs items one by one,
     * on several threads and instances, and late after a stop: whichever runs first, the history is the one a
     * service that never stopped would have written, and the items already recorded are refused as done when their
     * turn comes. An imported convention renewed tacitly for years is thus brought up to date by one command, not
     * one term per poll of the scheduler.
     */
    private static List<Fallen> catchUp(PartnershipState state, List<DueItem> pending, DueItem item,
                                        ActOnDueItem command, Clock clock, CalendarRules rules) {
        Instant now = clock.instant();
        List<Fallen> events = new ArrayList<>();
        PartnershipState current = state;
        for (List<DueItem> left = pending; !left.isEmpty() && (left.contains(item)
                || !left.get(0).at(clock.getZone()).isAfter(now)); left = current.pending(rules)) {
            PartnershipEvent event = record(current.timeline(), left.get(0), command.partnershipId(), now, rules);
            events.add(new Fallen(event, left.get(0).date()));
            current = Evolution.apply(current, event);
        }
        return events;
    }

    private static PartnershipEvent record(Timeline timeline, DueItem item, UUID partnershipId, Instant now,
                                           CalendarRules rules) {
        Term term = timeline.term();
        return switch (item.kind()) {
            case EVALUATION_DUE -> new EvaluationFallenDue(partnershipId,
                    Agenda.periodStart(timeline.termOf(item.date()), timeline.inForce(), item.date()),
                    item.date().minusDays(1), item.date(), now);
            case EVALUATION_OVERDUE -> new EvaluationOverdue(partnershipId,
                    item.date().minusDays(rules.evaluationGraceDays()), rules.evaluationGraceDays(), now);
            case NOTICE_DEADLINE_APPROACHING -> new NoticeDeadlineApproaching(partnershipId,
                    term.noticeDeadline(), term.last(),
                    (int) ChronoUnit.DAYS.between(item.date(), term.noticeDeadline()), now);
            case FINANCIAL_REPORT_DUE -> FinancialReports.fallenDue(timeline, item, partnershipId, now, rules);
            case FINANCIAL_REPORT_OVERDUE -> FinancialReports.overdue(timeline, item, partnershipId, now, rules);
            case TERM_END -> termEnd(partnershipId, timeline, now);
        };
    }

    /** Renewed by itself for a term as long, unless it renews only explicitly or a partner gave notice. */
    private static PartnershipEvent termEnd(UUID partnershipId, Timeline timeline, Instant now) {
        Term term = timeline.term();
        if (!term.renewsTacitly() || timeline.noticeGivenBy() != null) {
            return new PartnershipExpired(partnershipId, term.last(), timeline.noticeGivenBy(), now);
        }
        Term next = term.renewed();
        return new PartnershipRenewedTacitly(partnershipId, term.last(), next.first(), next.last(), now);
    }

    static List<PartnershipEvent> giveNotice(PartnershipState state, GiveNoticeOfNonRenewal command, Clock clock) {
        Guards.partnerInForce(state, command.actor());
        Timeline timeline = state.timeline();
        Term term = timeline.term();
        if (term == null || !term.renewsTacitly()) {
            throw new CommandRefused(NO_TACIT_RENEWAL, "The terms in force do not renew by themselves: there is "
                    + "no renewal to give notice of.");
        }
        if (timeline.noticeGivenBy() != null) {
            throw new CommandRefused(NOTICE_ALREADY_GIVEN, timeline.noticeGivenBy() + " already gave notice: the "
                    + "partnership ends on " + term.last() + ".");
        }
        if (!clock.instant().isBefore(term.noticeClosesAt(clock.getZone()))) {
            throw new CommandRefused(NOTICE_DEADLINE_PASSED, "The last day to give notice was "
                    + term.noticeDeadline() + ": the term renews on " + term.dayAfter() + ".");
        }
        return List.of(new NoticeOfNonRenewalGiven(command.partnershipId(), command.actor().institutionId(),
                Guards.text("reason", command.reason(), 2000), term.noticeDeadline(), term.last(), clock.instant()));
    }
}
