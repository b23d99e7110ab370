package org.entente.command.vault;

import org.entente.events.ErasureGround;
import org.entente.events.Personal;

import java.util.List;
import java.util.Map;

/**
 * Where the vault records what it did to a person's values: in each partnership that held them, as events of the
 * ledger like any other. The partnership side answers it, so that the vault depends on nothing of the domain.
 */
public interface VaultRecords {

    /** Records {@code PersonalDataErased} for these commitments, by {@code actor} (its event attributes). */
    void recordErasure(String partnershipId, List<String> commitments, ErasureGround ground,
                       Map<String, String> actor);

    /**
     * Records {@code PersonalDataRectified}: the person's values of {@code kind} (a name or a capacity) under
     * {@code replaces} now read {@code value}, sealed under {@code personId}'s key, by {@code actor}.
     */
    void recordRectification(String partnershipId, List<String> replaces, Personal.Kind kind, String value,
                             String personId, Map<String, String> actor);
}
