package org.entente.command.vault;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM over one personal value and the salt of its commitment: {@code nonce (12 bytes) ‖ ciphertext ‖ tag}.
 * The commitment is the authenticated data, so a sealed value opens only under the commitment it was made for: a
 * row copied under another commitment, or altered, fails to open instead of disclosing a wrong value.
 */
final class VaultCipher {

    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a sealed value holds. */
    record Opened(byte[] salt, String value) {
    }

    private VaultCipher() {
    }

    static byte[] seal(SecretKey key, byte[] commitment, byte[] salt, String value) {
        byte[] nonce = new byte[NONCE_LENGTH];
        RANDOM.nextBytes(nonce);
        byte[] text = value.getBytes(StandardCharsets.UTF_8);
        byte[] plain = new byte[salt.length + text.length];
        System.arraycopy(salt, 0, plain, 0, salt.length);
        System.arraycopy(text, 0, plain, salt.length, text.length);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, key, nonce, commitment, plain);
        byte[] out = new byte[NONCE_LENGTH + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
        System.arraycopy(sealed, 0, out, NONCE_LENGTH, sealed.length);
        return out;
    }

    /** The salt (its first {@code saltLength} bytes) and the value; fails on any other key, commitment or byte. */
    static Opened open(SecretKey key, byte[] commitment, byte[] sealed, int saltLength) {
        byte[] plain = run(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_LENGTH), commitment,
                Arrays.copyOfRange(sealed, NONCE_LENGTH, sealed.length));
        return new Opened(Arrays.copyOf(plain, saltLength),
                new String(plain, saltLength, plain.length - saltLength, StandardCharsets.UTF_8));
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] commitment, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(commitment);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The vault cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " a value: " + e.getMessage(), e);
        }
    }
}
