package org.entente.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed-note signer key for Ed25519, in the text form Go's {@code note} package reads and writes:
 * {@code PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 ‖ 32-byte seed)>}. Kept by the operator, never served.
 */
public final class NoteSigner {

    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private final byte[] seed;
    private final PrivateKey key;
    private final NoteVerifier verifier;

    private NoteSigner(String name, byte[] seed) {
        this.seed = seed.clone();
        this.key = privateKey(seed);
        this.verifier = new NoteVerifier(name, publicKeyOf(seed));
    }

    public static NoteSigner generate(String name) {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return new NoteSigner(name, seed);
    }

    public static NoteSigner parse(String text) throws LedgerCheckFailed {
        String trimmed = text.strip();
        String[] parts = trimmed.split("\\+", 5);
        if (parts.length != 5 || !parts[0].equals("PRIVATE") || !parts[1].equals("KEY")
                || !parts[3].matches("[0-9a-f]{8}")) {
            throw new LedgerCheckFailed("not a signer key (PRIVATE+KEY+<name>+<8 hex digits>+<base64 seed>)");
        }
        byte[] encoded = Base64Strict.decode(parts[4], "the signer key's seed");
        if (encoded.length != 33 || encoded[0] != NoteVerifier.ED25519) {
            throw new LedgerCheckFailed("the signer key is not an Ed25519 key (0x01 and a 32-byte seed)");
        }
        NoteSigner signer;
        try {
            signer = new NoteSigner(parts[2], Arrays.copyOfRange(encoded, 1, 33));
        } catch (IllegalArgumentException e) {
            throw new LedgerCheckFailed(e.getMessage());
        }
        if (signer.verifier.keyId() != Integer.parseUnsignedInt(parts[3], 16)) {
            throw new LedgerCheckFailed("the signer key's id " + parts[3] + " is not the id of its key");
        }
        return signer;
    }

    public NoteVerifier verifier() {
        return verifier;
    }

    public String text() {
        byte[] encoded = new byte[33];
        encoded[0] = NoteVerifier.ED25519;
        System.arraycopy(seed, 0, encoded, 1, 32);
        return "PRIVATE+KEY+" + verifier.name() + "+" + verifier.keyIdHex() + "+"
                + Base64.getEncoder().encodeToString(encoded);
    }

    byte[] sign(byte[] message) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(message);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static PrivateKey privateKey(byte[] seed) {
        byte[] pkcs8 = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + 32);
        System.arraycopy(seed, 0, pkcs8, PKCS8_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 seed", e);
        }
    }

    /**
     * The public key of a seed. The JDK derives it only while generating a pair, from the 32 bytes it draws from
     * its random source; handing it the seed as that source gives the pair of that seed (RFC 8032 §5.1.5).
     */
    private static byte[] publicKeyOf(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(bytes.length, seed.length));
                }
            });
            KeyPair pair = generator.generateKeyPair();
            byte[] spki = pair.getPublic().getEncoded();
            return Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is missing from this Java runtime", e);
        }
    }
}
