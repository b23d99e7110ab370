package org.entente.command.partnership;

import org.entente.command.partnership.Commands.AbandonNegotiation;
import org.entente.command.partnership.Commands.AcceptInvitation;
import org.entente.command.partnership.Commands.ApproveTerms;
import org.entente.command.partnership.Commands.DeclineInvitation;
import org.entente.command.partnership.Commands.DissolvePartnership;
import org.entente.command.partnership.Commands.FileFinancialReport;
import org.entente.command.partnership.Commands.GiveNoticeOfNonRenewal;
import org.entente.command.partnership.Commands.OnPartnership;
import org.entente.command.partnership.Commands.OpenAmendment;
import org.entente.command.partnership.Commands.ProposeTerms;
import org.entente.command.partnership.Commands.RecordEvaluation;
import org.entente.command.partnership.Commands.RejectTerms;
import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.command.partnership.Commands.WithdrawPartner;
import org.entente.events.PartnershipEvent;

import java.time.Clock;
import java.util.List;

/**
 * The pure decision of what a command on a partnership records, given its state and the time: no I/O, no
 * framework. A refused command throws {@link CommandRefused} and records nothing.
 */
final class Decider {

    private Decider() {
    }

    static List<PartnershipEvent> decide(PartnershipState state, OnPartnership command, Clock clock) {
        if (command instanceof AcceptInvitation c) {
            return Negotiation.accept(state, c, clock.instant());
        } else if (command instanceof DeclineInvitation c) {
            return Negotiation.decline(state, c, clock.instant());
        } else if (command instanceof ProposeTerms c) {
            return Negotiation.propose(state, c, clock.instant());
        } else if (command instanceof ApproveTerms c) {
            return Negotiation.approve(state, c, clock.instant());
        } else if (command instanceof RejectTerms c) {
            return Negotiation.reject(state, c, clock.instant());
        } else if (command instanceof AbandonNegotiation c) {
            return Negotiation.abandon(state, c, clock.instant());
        } else if (command instanceof SignAgreement c) {
            return Signing.sign(state, c, clock);
        } else if (command instanceof RecordEvaluation c) {
            return LifeInForce.evaluate(state, c, clock);
        } else if (command instanceof OpenAmendment c) {
            return LifeInForce.openAmendment(state, c, clock);
        } else if (command instanceof WithdrawPartner c) {
            return LifeInForce.withdraw(state, c, clock);
        } else if (command instanceof DissolvePartnership c) {
            return LifeInForce.dissolve(state, c, clock);
        } else if (command instanceof GiveNoticeOfNonRenewal c) {
            return Deadlines.giveNotice(state, c, clock);
        } else if (command instanceof FileFinancialReport c) {
            return FinancialReports.file(state, c, clock);
        }
        throw new IllegalArgumentException("No decision for " + command.getClass().getSimpleName());
    }
}
