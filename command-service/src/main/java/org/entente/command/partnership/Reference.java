package org.entente.command.partnership;

import java.util.Locale;
import java.util.UUID;

/** A short, human-quotable reference for partnerships whose proposer did not give their own. */
final class Reference {

    private Reference() {
    }

    static String of(UUID id) {
        return "ENT-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
