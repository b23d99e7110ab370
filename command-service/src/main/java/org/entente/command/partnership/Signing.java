package org.entente.command.partnership;

import org.entente.command.partnership.Commands.SignAgreement;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementSigned;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.entente.command.partnership.CommandRefused.Reason.ALREADY_SIGNED;
import static org.entente.command.partnership.CommandRefused.Reason.HASH_MISMATCH;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_AGREED;
import static org.entente.command.partnership.CommandRefused.Reason.SIGNATORY_REQUIRED;

/**
 * The decision to sign: an authorised signatory binds their institution to the agreed version by its hash,
 * once. The last signature puts the partnership, or its amendment, in force.
 */
final class Signing {

    private Signing() {
    }

    static List<PartnershipEvent> sign(PartnershipState state, SignAgreement command, Clock clock) {
        Guards.activePartner(state, command.actor());
        if (!command.actor().isSignatory()) {
            throw new CommandRefused(SIGNATORY_REQUIRED, "Only an authorised signatory signs for an institution.");
        }
        PartnershipState.Agreement agreement = state.agreement();
        if (agreement == null) {
            throw new CommandRefused(NOT_AGREED, "There is no agreed version to sign yet.");
        }
        if (!agreement.hash().equals(command.termsHash())) {
            throw new CommandRefused(HASH_MISMATCH, "The agreed version " + agreement.version() + " has hash "
                    + agreement.hash() + "; a signature binds to exactly that content.");
        }
        String institution = command.actor().institutionId();
        if (agreement.signedBy().contains(institution)) {
            throw new CommandRefused(ALREADY_SIGNED, institution + " signed version " + agreement.version()
                    + " already.");
        }
        List<PartnershipEvent> events = new ArrayList<>();
        events.add(new AgreementSigned(command.partnershipId(), agreement.version(), agreement.hash(), institution,
                Guards.text("signatory name", command.actor().name(), 200),
                Guards.text("signatoryCapacity", command.signatoryCapacity(), 200), clock.instant()));
        boolean lastSignature = state.activePartners().stream()
                .allMatch(partner -> partner.institutionId().equals(institution)
                        || agreement.signedBy().contains(partner.institutionId()));
        if (lastSignature) {
            events.add(inForce(state, command, clock));
        }
        return List.copyOf(events);
    }

    private static PartnershipEvent inForce(PartnershipState state, SignAgreement command, Clock clock) {
        // The last signature of an imported convention brings it in force as of the day it was really given.
        LocalDate today = command.effectiveDate() != null ? command.effectiveDate() : LocalDate.now(clock);
        PartnershipState.Agreement agreement = state.agreement();
        if (state.status() == PartnershipStatus.AMENDING) {
            return new AmendmentInForce(command.partnershipId(), state.amendments(), agreement.version(),
                    agreement.hash(), today, clock.instant());
        }
        // In force on the agreed start date, or today if that date has passed while signatures were collected.
        LocalDate start = state.table().terms().duration().start();
        return new PartnershipActivated(command.partnershipId(), agreement.version(),
                start.isAfter(today) ? start : today, clock.instant());
    }
}
