package org.entente.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed-note verifier key for Ed25519, in its text form {@code <name>+<hex key id>+<base64(0x01 ‖ public key)>}.
 * The key id is the first four bytes of {@code SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)}; a text whose id does not
 * match its key, or whose name holds a space or a plus sign, is refused.
 */
public final class NoteVerifier {

    static final byte ED25519 = 0x01;
    /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
    private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String name;
    private final int keyId;
    private final byte[] publicKey;
    private final PublicKey key;

    NoteVerifier(String name, byte[] publicKey) {
        requireName(name);
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.keyId = keyId(name, publicKey);
        this.key = javaKey(publicKey);
    }

    public static NoteVerifier parse(String text) throws LedgerCheckFailed {
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new LedgerCheckFailed("not a verifier key (<name>+<8 hex digits>+<base64 key>): " + text);
        }
        byte[] encoded = Base64Strict.decode(parts[2], "the verifier key's key");
        if (encoded.length != 33 || encoded[0] != ED25519) {
            throw new LedgerCheckFailed("the verifier key is not an Ed25519 key (0x01 and 32 bytes): " + text);
        }
        NoteVerifier verifier;
        try {
            verifier = new NoteVerifier(parts[0], Arrays.copyOfRange(encoded, 1, 33));
        } catch (IllegalArgumentException e) {
            throw new LedgerCheckFailed(e.getMessage());
        }
        if (verifier.keyId != Integer.parseUnsignedInt(parts[1], 16)) {
            throw new LedgerCheckFailed("the verifier key's id " + parts[1] + " is not the id of its key");
        }
        return verifier;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public String keyIdHex() {
        return String.format("%08x", keyId);
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The text form, as {@code GET /ledger/key} serves it. */
    public String text() {
        byte[] encoded = new byte[33];
        encoded[0] = ED25519;
        System.arraycopy(publicKey, 0, encoded, 1, 32);
        return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(encoded);
    }

    boolean verifies(byte[] message, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(message);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static int keyId(String name, byte[] publicKey) {
        byte[] hash = Sha256.of(name.getBytes(StandardCharsets.UTF_8), new byte[]{0x0A, ED25519}, publicKey);
        return ((hash[0] & 0xff) << 24) | ((hash[1] & 0xff) << 16) | ((hash[2] & 0xff) << 8) | (hash[3] & 0xff);
    }

    static void requireName(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == '+' || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || c < 0x20)) {
            throw new IllegalArgumentException("a key name is not empty and holds no space nor plus sign: '" + name
                    + "'");
        }
    }

    private static PublicKey javaKey(byte[] raw) {
        byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
