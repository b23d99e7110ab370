package org.entente.ledger;

import java.util.Base64;

/**
 * Standard base64 (RFC 4648 §4) in its one canonical spelling: padded, and with the unused low bits of the last
 * character zero. A lenient decoder reads several spellings as the same bytes, so an altered note could still
 * "verify"; we accept only the spelling the bytes encode to.
 */
public final class Base64Strict {

    private Base64Strict() {
    }

    public static byte[] decode(String text, String what) throws LedgerCheckFailed {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new LedgerCheckFailed(what + " is not base64: " + text);
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new LedgerCheckFailed(what + " is not in canonical base64: " + text);
        }
        return bytes;
    }
}
