package org.entente.ledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A salted commitment to one personal value (docs/ledger.md, "Personal values in the ledger"): the SHA-256 of a
 * random 128-bit salt followed by the RFC 8785 bytes of the value. It is what a version-2 envelope commits to in
 * place of a person's name or capacity. Without the salt, nobody learns the value from it, not even by trying every
 * likely value (a name, a capacity); with the salt and the value, anyone checks that they are what was committed.
 * Destroying the salt and the value, which the vault keeps, leaves the commitment and every proof over it intact.
 */
public record Commitment(byte[] digest) {

    /** 128 bits, as RFC 9901 (SD-JWT) asks of a disclosure's salt. */
    public static final int SALT_LENGTH = 16;

    private static final String PREFIX = "sha256:";
    private static final Pattern TEXT = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper ONE_VALUE = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Commitment {
        if (digest == null || digest.length != Sha256.LENGTH) {
            throw new IllegalArgumentException("A commitment is a SHA-256 digest of 32 bytes");
        }
        digest = digest.clone();
    }

    /** A fresh salt, one per occurrence of a personal value: the same name in two events commits differently. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The commitment to {@code valueJson} (a JSON value, usually a string literal) under {@code salt}. */
    public static Commitment of(byte[] salt, String valueJson) {
        if (salt == null || salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException("A salt is " + SALT_LENGTH + " random bytes");
        }
        return new Commitment(Sha256.of(salt, canonical(valueJson)));
    }

    /** The commitment to a string (a name, a capacity: every personal value so far) under {@code salt}. */
    public static Commitment ofString(byte[] salt, String value) {
        return of(salt, Json.quote(value));
    }

    /** Read from its lower-case hexadecimal form. */
    public static Commitment parse(String hex) {
        return new Commitment(Hex.parse(hex));
    }

    /** Whether this salt and value are the ones committed to; compared in constant time. */
    public boolean isOpenedBy(byte[] salt, String valueJson) {
        return salt != null && salt.length == SALT_LENGTH
                && MessageDigest.isEqual(digest, Sha256.of(salt, canonical(valueJson)));
    }

    /** Whether this salt and string are the ones committed to. */
    public boolean isOpenedByString(byte[] salt, String value) {
        return value != null && isOpenedBy(salt, Json.quote(value));
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    public String hex() {
        return Hex.of(digest);
    }

    /**
     * The text that stands for the value in a version-2 envelope, its CloudEvent and the event's data:
     * {@code sha256:<64 lower-case hex>}, the digest notation of OCI images. A JSON string, like the value it
     * replaces, so the event's schema and every reader's types stay as they are.
     */
    public String text() {
        return PREFIX + hex();
    }

    /** Whether a value is the text of a commitment rather than a value in the clear. */
    public static boolean isText(String value) {
        return value != null && TEXT.matcher(value).matches();
    }

    /** Read from its text, {@code sha256:<64 lower-case hex>}. */
    public static Commitment ofText(String text) {
        if (!isText(text)) {
            throw new IllegalArgumentException("Not the text of a commitment: sha256: and 64 lower-case hex digits");
        }
        return parse(text.substring(PREFIX.length()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Commitment that && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * RFC 8785 bytes of one JSON value. The canonicalizer reads objects and arrays only, so the value goes into a
     * one-element array, whose canonical form is "[", the value's, then "]".
     */
    private static byte[] canonical(String valueJson) {
        try {
            // One value, nothing after it: "1,2" would otherwise pass as the array [1,2].
            ONE_VALUE.readTree(valueJson);
            String array = new JsonCanonicalizer("[" + valueJson + "]").getEncodedString();
            return array.substring(1, array.length() - 1).getBytes(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("A committed value is JSON: " + e.getMessage(), e);
        }
    }
}
