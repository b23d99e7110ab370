package org.entente.query.portfolio;

import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.AgreementReached;
import org.entente.events.PartnershipEvent.AmendmentInForce;
import org.entente.events.PartnershipEvent.AmendmentOpened;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipDissolved;
import org.entente.events.PartnershipEvent.TermsRejected;

import java.util.Optional;

/** The status an event moves a partnership to, if it moves it (DESIGN §3). */
final class StatusChange {

    private StatusChange() {
    }

    static Optional<String> of(PartnershipEvent event) {
        if (event instanceof TermsRejected) {
            return Optional.of("NEGOTIATING");
        } else if (event instanceof AgreementReached) {
            return Optional.of("AGREED");
        } else if (event instanceof PartnershipActivated || event instanceof AmendmentInForce) {
            return Optional.of("ACTIVE");
        } else if (event instanceof AmendmentOpened) {
            return Optional.of("AMENDING");
        } else if (event instanceof PartnershipDissolved) {
            return Optional.of("DISSOLVED");
        } else if (event instanceof NegotiationAbandoned) {
            return Optional.of("ABANDONED");
        }
        return Optional.empty();
    }
}
