package org.entente.command.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a person's identifier, in lower-case hex: how Entente keeps a person apart where it needs to know
 * them again — who made an idempotent request, who was erased — without keeping who they were. PostgreSQL computes
 * the same ({@code encode(sha256(convert_to(id, 'UTF8')), 'hex')}).
 */
public final class PersonDigest {

    private PersonDigest() {
    }

    public static String of(String personId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(personId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
