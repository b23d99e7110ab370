package org.entente.command.vault;

import javax.crypto.SecretKey;
import java.util.Collection;
import java.util.Map;

/**
 * The persons' keys, as a key management service would hold them: one per person, made on first use, destroyed
 * on erasure. {@link LocalPersonKeys} keeps them in their own table; a KMS client can take its place.
 */
interface PersonKeys {

    /** The person's key, made now if they have none yet. */
    SecretKey keyOf(String personId);

    /** The keys that exist for these persons: an erased person has none. */
    Map<String, SecretKey> existing(Collection<String> personIds);

    /** Destroys the person's key, if they have one: every value sealed under it is unreadable from now on. */
    boolean destroy(String personId);

    /** Locks the person's key until the transaction ends; false when they have none. */
    boolean lock(String personId);
}
