package org.entente.command.vault;

import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The vault's pass, run by the scheduler that acts on due items: the values whose retention period ended are
 * erased, and the {@code PersonalDataErased} events still owed (a crash, a partnership that failed) are recorded,
 * in Entente's own name.
 */
@Component
public class VaultUpkeep {

    /** Entente itself, as the passage of time records it: no person, so nothing of it goes to the vault. */
    static final Map<String, String> ENTENTE = Map.of("actorId", "system", "actorName", "Entente");

    private final Erasures erasures;
    private final Retention retention;

    VaultUpkeep(Erasures erasures, Retention retention) {
        this.erasures = erasures;
        this.retention = retention;
    }

    /** How many partnerships got a {@code PersonalDataErased} event in this pass. */
    public int pass() {
        retention.expire();
        return erasures.recordPending(ENTENTE);
    }
}
