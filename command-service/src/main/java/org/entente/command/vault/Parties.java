package org.entente.command.vault;

import java.util.Set;

/**
 * The institutions entitled to a partnership's personal values: its parties. The partnership side answers it; the
 * vault asks through this, so that it depends on nothing of the domain.
 */
public interface Parties {

    /** The institutions that take or took part in the partnership; none when it does not exist. */
    Set<String> of(String partnershipId);
}
