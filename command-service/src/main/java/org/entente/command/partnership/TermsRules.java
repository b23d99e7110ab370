package org.entente.command.partnership;

import org.entente.events.Terms;

import java.math.BigDecimal;
import java.util.Set;

import static org.entente.command.partnership.CommandRefused.Reason.CONTRIBUTOR_NOT_A_PARTNER;
import static org.entente.command.partnership.CommandRefused.Reason.END_BEFORE_START;
import static org.entente.command.partnership.CommandRefused.Reason.NEGATIVE_AMOUNT;

/** The rules any version of the terms must keep, whoever proposes it (DESIGN §3). */
final class TermsRules {

    private TermsRules() {
    }

    static void check(Terms terms, Set<String> partnerIds) {
        Terms.Duration duration = terms.duration();
        if (duration.end() != null && !duration.end().isAfter(duration.start())) {
            throw new CommandRefused(END_BEFORE_START,
                    "The partnership must end after it starts (" + duration.start() + " → " + duration.end() + ").");
        }
        for (Terms.Contribution contribution : terms.contributions()) {
            if (!partnerIds.contains(contribution.institutionId())) {
                throw new CommandRefused(CONTRIBUTOR_NOT_A_PARTNER,
                        "Contribution by " + contribution.institutionId() + ", which is not a partner.");
            }
            requireNotNegative(contribution.amountEur(), "amountEur");
            requireNotNegative(contribution.fte(), "fte");
        }
    }

    private static void requireNotNegative(BigDecimal amount, String field) {
        if (amount != null && amount.signum() < 0) {
            throw new CommandRefused(NEGATIVE_AMOUNT, "A contribution's " + field + " cannot be negative: " + amount);
        }
    }
}
