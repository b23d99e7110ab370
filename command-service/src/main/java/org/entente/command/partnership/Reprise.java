package org.entente.command.partnership;

import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.NegotiationAbandoned;
import org.entente.events.PartnershipEvent.PartnershipActivated;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipStatus;

import java.time.LocalDate;

import static org.entente.command.partnership.CommandRefused.Reason.EFFECTIVE_DATE_IN_FUTURE;
import static org.entente.command.partnership.CommandRefused.Reason.EFFECTIVE_DATE_NOT_ALLOWED;
import static org.entente.command.partnership.CommandRefused.Reason.EFFECTIVE_DATE_OUT_OF_ORDER;

/**
 * The import of an existing convention (reprise d'une convention existante): a partner brings in a convention
 * signed on paper, step by step, each step with the day it really took effect. A proposal with an effective date
 * opens the import; its acceptances, versions, approvals and signatures follow, each dated no earlier than the step
 * before it and never in the future; the activation that the last signature brings ends it. Every step of an open
 * import carries its effective date (today's when it names none), so that the order of dates can be checked.
 * Every other step, of every other partnership, takes effect as it is recorded and names no date. Recording always
 * uses the real clock, so the ledger stays in commit order whatever the dates say.
 *
 * @param importedTo the effective date of the import's last step; null when no import is open
 */
record Reprise(LocalDate importedTo) {

    static final String FIELD = "effectiveDate";
    static final Reprise NONE = new Reprise(null);

    /**
     * The effective date a step records, or null when it records none; refuses a date in the future, one before
     * the import's last step, and any date outside an open import. {@code status} is null for the proposal.
     */
    LocalDate effectiveDateOf(PartnershipStatus status, LocalDate requested, LocalDate today) {
        if (requested == null) {
            return importedTo == null ? null : today;
        }
        if (requested.isAfter(today)) {
            throw refusal(EFFECTIVE_DATE_IN_FUTURE, "The effective date " + requested + " is in the future: a step "
                    + "is dated no later than today (" + today + ").");
        }
        if (status != null && importedTo == null) {
            throw refusal(EFFECTIVE_DATE_NOT_ALLOWED, "Only the steps of an imported convention, from its proposal "
                    + "to its activation, take an effective date; this step takes effect as it is recorded.");
        }
        if (importedTo != null && requested.isBefore(importedTo)) {
            throw refusal(EFFECTIVE_DATE_OUT_OF_ORDER, "The effective date " + requested + " is before the previous "
                    + "step's (" + importedTo + "): the steps of an imported convention are dated in order.");
        }
        return requested;
    }

    /** The import after an event recorded with {@code effective} (null when it carried none). */
    Reprise after(PartnershipEvent event, LocalDate effective) {
        if (event instanceof PartnershipActivated || event instanceof NegotiationAbandoned) {
            return NONE;
        }
        boolean partOfImport = event instanceof PartnershipProposed || importedTo != null;
        return effective != null && partOfImport ? new Reprise(effective) : this;
    }

    private static CommandRefused refusal(CommandRefused.Reason reason, String detail) {
        return new CommandRefused(reason, FIELD, detail);
    }
}
