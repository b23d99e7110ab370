package org.entente.command.partnership;

import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.command.partnership.Commands.WithdrawPartner;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.EvaluationRecorded;
import org.entente.events.PartnershipEvent.PartnerWithdrew;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.entente.command.partnership.CommandRefused.Reason.ALREADY_AMENDING;
import static org.entente.command.partnership.CommandRefused.Reason.EFFECTIVE_DATE_IN_PAST;
import static org.entente.command.partnership.CommandRefused.Reason.LEAD_CANNOT_WITHDRAW;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_ENOUGH_PARTNERS;
import static org.entente.command.partnership.CommandRefused.Reason.TEXT_REQUIRED;

/** The decisions of a partnership in force: evaluating it, amending it, leaving it, ending it. */
final class LifeInForce {

    private LifeInForce() {
    }

    static List<PartnershipEvent> evaluate(PartnershipState state, RecordEvaluation command, Clock clock) {
        Guards.partnerInForce(state, command.actor());
        Evaluations.check(state, command);
        return List.of(new EvaluationRecorded(command.partnershipId(), command.evaluationId(),
                command.periodStart(), command.periodEnd(), List.copyOf(command.measurements()),
                command.findings(), command.rating(), List.copyOf(command.recommendations()),
                command.actor().institutionId(), clock.instant()));
    }

    static List<PartnershipEvent> openAmendment(PartnershipState state, OpenAmendment command, Clock clock) {
        Guards.partnerInForce(state, command.actor());
        if (state.status() == PartnershipStatus.AMENDING) {
            throw new CommandRefused(ALREADY_AMENDING, "Amendment " + state.amendments() + " is under way.");
        }
        return List.of(new AmendmentOpened(command.partnershipId(), state.amendments() + 1,
                Guards.text("reason", command.reason(), 2000), command.actor().institutionId(), clock.instant()));
    }

    static List<PartnershipEvent> withdraw(PartnershipState state, WithdrawPartner command, Clock clock) {
        Partner partner = Guards.partnerInForce(state, command.actor());
        if (partner.role() == PartnerRole.LEAD) {
            throw new CommandRefused(LEAD_CANNOT_WITHDRAW, "The lead institution cannot leave; "
                    + "dissolve the partnership or hand over the lead by amendment.");
        }
        if (state.activePartners().size() <= 2) {
            throw new CommandRefused(NOT_ENOUGH_PARTNERS, "A partnership needs at least two partners: "
                    + "dissolve it instead.");
        }
        LocalDate effective = LocalDate.now(clock).plusDays(state.table().terms().duration().noticePeriodDays());
        return List.of(new PartnerWithdrew(command.partnershipId(), command.actor().institutionId(),
                Guards.text("reason", command.reason(), 2000), effective, clock.instant()));
    }

    static List<PartnershipEvent> dissolve(PartnershipState state, DissolvePartnership command, Clock clock) {
        Guards.partnerInForce(state, command.actor());
        if (command.reason() == null) {
            throw new CommandRefused(TEXT_REQUIRED, "reason is required.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = command.effectiveDate() == null ? today : command.effectiveDate();
        if (effective.isBefore(today)) {
            throw new CommandRefused(EFFECTIVE_DATE_IN_PAST, "A dissolution takes effect today or later, not on "
                    + effective + ".");
        }
        return List.of(new PartnershipDissolved(command.partnershipId(), command.reason(),
                Guards.optionalText("details", command.details(), 2000), effective,
                command.actor().institutionId(), clock.instant()));
    }
}
