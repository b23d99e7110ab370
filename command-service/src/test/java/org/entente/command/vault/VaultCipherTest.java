package org.entente.command.vault;

import org.entente.ledger.Commitment;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sealed value opens, salt and value, under its person's key and its own commitment only: another person's key,
 * a row moved under another commitment, or one byte changed, and it does not open at all.
 */
class VaultCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key = key();
    private final byte[] salt = Commitment.newSalt();
    private final Commitment commitment = Commitment.ofString(salt, "Élise Roy");
    private final byte[] sealed = VaultCipher.seal(key, commitment.digest(), salt, "Élise Roy");

    @Test
    void aSealedValue_opensUnderItsKeyAndCommitment_toItsSaltAndValue_whichOpenTheCommitment() {
        VaultCipher.Opened opened = VaultCipher.open(key, commitment.digest(), sealed, Commitment.SALT_LENGTH);

        assertThat(opened.value()).isEqualTo("Élise Roy");
        assertThat(opened.salt()).isEqualTo(salt);
        assertThat(commitment.isOpenedByString(opened.salt(), opened.value())).isTrue();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Roy");
    }

    @Test
    void anotherKey_anotherCommitment_orAChangedByte_openNothing() {
        byte[] other = Commitment.ofString(Commitment.newSalt(), "Élise Roy").digest();
        assertThatThrownBy(() -> VaultCipher.open(key(), commitment.digest(), sealed, Commitment.SALT_LENGTH))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> VaultCipher.open(key, other, sealed, Commitment.SALT_LENGTH))
                .isInstanceOf(IllegalStateException.class);
        for (int at = 0; at < sealed.length; at += 7) {
            byte[] changed = sealed.clone();
            changed[at] ^= 1;
            assertThatThrownBy(() -> VaultCipher.open(key, commitment.digest(), changed, Commitment.SALT_LENGTH))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theSameValueSealedTwice_neverGivesTheSameBytes() {
        assertThat(VaultCipher.seal(key, commitment.digest(), salt, "Élise Roy")).isNotEqualTo(sealed);
    }

    private static SecretKey key() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new SecretKeySpec(secret, "AES");
    }
}
