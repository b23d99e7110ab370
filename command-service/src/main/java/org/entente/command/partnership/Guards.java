package org.entente.command.partnership;

import static org.entente.command.partnership.CommandRefused.Reason.NOT_A_PARTNER;
import static org.entente.command.partnership.CommandRefused.Reason.NOT_FOUND;
import static org.entente.command.partnership.CommandRefused.Reason.PARTNERSHIP_CLOSED;
import static org.entente.command.partnership.CommandRefused.Reason.TEXT_REQUIRED;
import static org.entente.command.partnership.CommandRefused.Reason.TEXT_TOO_LONG;

/** Checks every decision starts with (DESIGN §3: only partners act, nothing after the end, bounded texts). */
final class Guards {

    private Guards() {
    }

    /**
     * The actor's institution must be party to the partnership. To anyone else it does not exist: the same
     * answer as for an unknown id, so that its existence never leaks.
     */
    static Partner party(PartnershipState state, Actor actor) {
        Partner partner = state.partners().get(actor.institutionId());
        if (partner == null) {
            throw new CommandRefused(NOT_FOUND, "Partnership not found.");
        }
        if (state.status().isClosed()) {
            throw new CommandRefused(PARTNERSHIP_CLOSED, "The partnership is " + state.status()
                    + ": nothing more can happen to it.");
        }
        return partner;
    }

    /** A partner that joined and has not left: the only kind that negotiates, signs and evaluates. */
    static Partner activePartner(PartnershipState state, Actor actor) {
        Partner partner = party(state, actor);
        if (!partner.isActive()) {
            throw new CommandRefused(NOT_A_PARTNER, actor.institutionId() + " is " + partner.standing()
                    + ", not an active partner.");
        }
        return partner;
    }

    /** An active partner of a partnership in force: what every step of its life in force asks first. */
    static Partner partnerInForce(PartnershipState state, Actor actor) {
        Partner partner = activePartner(state, actor);
        if (!state.status().isInForce()) {
            throw new CommandRefused(CommandRefused.Reason.NOT_IN_FORCE, "The partnership is " + state.status()
                    + ", not in force.");
        }
        return partner;
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new CommandRefused(TEXT_REQUIRED, field + " is required.");
        }
        return optionalText(field, value, max);
    }

    static String optionalText(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new CommandRefused(TEXT_TOO_LONG, field + " is " + value.length() + " characters long; at most "
                    + max + " are kept.");
        }
        return value;
    }
}
