package org.entente.command.vault;

import org.springframework.stereotype.Component;

import java.util.Map;

/** The scheduler's pass over the erasures whose events are still owed: it records them in Entente's own name. */
@Component
public class ErasureRecords {

    /** Entente itself, as the passage of time records it: no person, so nothing of it goes to the vault. */
    private static final Map<String, String> ENTENTE = Map.of("actorId", "system", "actorName", "Entente");

    private final Erasures erasures;

    ErasureRecords(Erasures erasures) {
        this.erasures = erasures;
    }

    /** How many partnerships got their {@code PersonalDataErased} event in this pass. */
    public int recordPending() {
        return erasures.recordPending(ENTENTE);
    }
}
