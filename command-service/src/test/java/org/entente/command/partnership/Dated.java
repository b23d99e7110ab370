package org.entente.command.partnership;

import org.entente.calendar.CalendarRules;
import org.entente.calendar.DueItem;
import org.entente.command.partnership.Commands.ActOnDueItem;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.Terms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Partnerships in force under chosen durations, and the clock of the partners' calendar, for the rules of time. */
final class Dated {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final CalendarRules RULES = CalendarRules.DEFAULT;

    private Dated() {
    }

    /**
     * Scenario's partnership, in force under {@code duration} and a plan evaluated {@code frequency}, without its
     * funding: evaluations, notices and the term's end alone fall due ({@link #funded} adds comptes rendus
     * financiers).
     */
    static List<PartnershipEvent> active(Terms.Duration duration, String frequency) {
        return active(duration, frequency, Scenario.TERMS.contributions().stream()
                .filter(contribution -> contribution.kind() != Terms.Contribution.Kind.FUNDING).toList());
    }

    /** Scenario's partnership with its funding, in force under {@code duration}, evaluated {@code frequency}. */
    static List<PartnershipEvent> funded(Terms.Duration duration, String frequency) {
        return active(duration, frequency, Scenario.TERMS.contributions());
    }

    private static List<PartnershipEvent> active(Terms.Duration duration, String frequency,
                                                 List<Terms.Contribution> contributions) {
        Terms terms = new Terms(Scenario.TERMS.objectives(), contributions,
                Scenario.TERMS.governance(), duration, new Terms.EvaluationPlan(frequency, List.of("attendance")));
        return Scenario.active().stream().map(event -> event instanceof PartnershipProposed p
                ? new PartnershipProposed(p.partnershipId(), p.reference(), p.title(), p.purpose(), p.type(),
                p.legalBasis(), p.territory(), p.lead(), terms, p.termsHash(), p.proposedAt()) : event).toList();
    }

    /** 2026 as one term renewing tacitly, notice 90 days before its end (by 2 October), evaluated yearly. */
    static List<PartnershipEvent> tacit2026() {
        return active(new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Terms.Duration.Renewal.TACIT, 90), "yearly");
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, PARIS);
    }

    /** Midnight in Paris as {@code day} begins. */
    static Instant midnight(LocalDate day) {
        return day.atStartOfDay(PARIS).toInstant();
    }

    static List<PartnershipEvent> act(List<PartnershipEvent> history, DueItem.Kind kind, LocalDate date,
                                      Instant now) {
        return Deadlines.act(PartnershipState.of(history), new ActOnDueItem(Scenario.ID, kind, date), at(now), RULES)
                .stream().map(Deadlines.Fallen::event).toList();
    }
}
