package org.entente.ledger;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The salted commitment of docs/ledger.md, "Personal values in the ledger": SHA-256(salt ‖ RFC 8785 bytes of the
 * value). The vectors were computed apart from this code, with Python's hashlib over the same bytes
 * ({@code hashlib.sha256(salt + b'"Claire Martin"').hexdigest()}), so that a verifier in another language checks
 * itself against them.
 */
class CommitmentTest {

    private static final byte[] SALT_0_TO_15 = IntStreamBytes.range(0, 16);
    private static final byte[] SALT_16_TO_31 = IntStreamBytes.range(16, 32);

    @Test
    void theVectors_matchAComputationApartFromThisCode() {
        assertThat(Commitment.of(SALT_0_TO_15, "\"Claire Martin\"").hex())
                .isEqualTo("ba80e324d4b0328bda8fba2a9e69a0322c15f6321b8166f08fe228ff50d07efe");
        byte[] allOnes = new byte[16];
        java.util.Arrays.fill(allOnes, (byte) 0xff);
        assertThat(Commitment.of(allOnes, "\"Maire de Hayange\"").hex())
                .isEqualTo("5017d987594257848d70bc3803357a478fa3e8f49bc5dda352ec3b6c4967ae27");
        // Non-ASCII in UTF-8, the quotation marks escaped: RFC 8785's one spelling of the string.
        assertThat(Commitment.of(SALT_16_TO_31, "\"Élise \\\"la\\\" Roy\"").hex())
                .isEqualTo("397c968f16206a77dc9a440ff83b6dd0a285cbd7d8a0bb14aae8279a9cfb5ec0");
    }

    @Test
    void aValueSpelledOtherwiseInJson_commitsTheSame_throughItsCanonicalBytes() {
        assertThat(Commitment.of(SALT_16_TO_31, "\"\\u00c9lise \\\"la\\\" Roy\""))
                .isEqualTo(Commitment.of(SALT_16_TO_31, "\"Élise \\\"la\\\" Roy\""));
    }

    @Test
    void inAnEnvelope_itStandsAsTheTextNamingItsDigest_andIsReadBackFromIt() {
        String text = "sha256:ba80e324d4b0328bda8fba2a9e69a0322c15f6321b8166f08fe228ff50d07efe";

        assertThat(Commitment.of(SALT_0_TO_15, "\"Claire Martin\"").text()).isEqualTo(text);
        assertThat(Commitment.ofText(text)).isEqualTo(Commitment.of(SALT_0_TO_15, "\"Claire Martin\""));
        assertThat(Commitment.parse(text.substring(7))).isEqualTo(Commitment.ofText(text));
        assertThat(Commitment.ofString(SALT_0_TO_15, "Claire Martin").text()).isEqualTo(text);
        assertThat(Commitment.ofText(text).isOpenedByString(SALT_0_TO_15, "Claire Martin")).isTrue();
        assertThat(Commitment.ofText(text).isOpenedByString(SALT_0_TO_15, "Claire Marti")).isFalse();
    }

    @Test
    void onlyTheExactText_isACommitment_soANameThatMerelyLooksLikeOneIsNotMistakenForIt() {
        String hex = "ba80e324d4b0328bda8fba2a9e69a0322c15f6321b8166f08fe228ff50d07efe";

        assertThat(Commitment.isText("sha256:" + hex)).isTrue();
        assertThat(Commitment.isText("Claire Martin")).isFalse();
        assertThat(Commitment.isText("sha256:" + hex.toUpperCase())).isFalse();
        assertThat(Commitment.isText("sha256:" + hex + " ")).isFalse();
        assertThat(Commitment.isText("sha256:" + hex.substring(1))).isFalse();
        assertThat(Commitment.isText(null)).isFalse();
        assertThatThrownBy(() -> Commitment.ofText("Claire Martin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyOccurrence_hasASaltOfItsOwn_soTheSameNameNeverCommitsTheSameTwice() {
        Set<String> salts = new HashSet<>();
        Set<Commitment> commitments = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] salt = Commitment.newSalt();
            assertThat(salt).hasSize(16);
            salts.add(Hex.of(salt));
            commitments.add(Commitment.of(salt, "\"Claire Martin\""));
        }
        assertThat(salts).hasSize(1000);
        assertThat(commitments).hasSize(1000);
    }

    @Property(tries = 1000)
    void itIsOpenedByItsSaltAndValue_andByNoOtherValue(@ForAll String value, @ForAll String other) {
        byte[] salt = Commitment.newSalt();
        Commitment commitment = Commitment.of(salt, Json.quote(value));
        assertThat(commitment.isOpenedBy(salt, Json.quote(value))).isTrue();
        assertThat(commitment.isOpenedBy(salt, Json.quote(other))).isEqualTo(value.equals(other));
        assertThat(commitment.isOpenedBy(Commitment.newSalt(), Json.quote(value))).isFalse();
    }

    /**
     * The attack a salt defeats: the value is known to be short (a 4-digit code, here every one of them), so an
     * attacker hashes every candidate. Unsalted, that finds the value at once; salted with 128 random bits, every
     * candidate would have to be tried under 2^128 salts, and none of the candidates the attacker can try without
     * the salt (bare, or under a guessed salt of zeros) matches.
     */
    @Test
    void withoutTheSalt_aShortValueIsNotFoundByTryingEveryCandidate_whereAnUnsaltedHashWouldBe() {
        String secret = "\"4271\"";
        byte[] unsalted = Sha256.of(secret.getBytes(StandardCharsets.UTF_8));
        Commitment salted = Commitment.of(Commitment.newSalt(), secret);
        List<String> candidates = IntStream.range(0, 10_000).mapToObj(n -> String.format("\"%04d\"", n)).toList();

        assertThat(candidates).filteredOn(candidate -> java.util.Arrays.equals(unsalted,
                Sha256.of(candidate.getBytes(StandardCharsets.UTF_8)))).containsExactly(secret);
        assertThat(candidates).filteredOn(candidate -> salted.equals(new Commitment(Sha256.of(
                candidate.getBytes(StandardCharsets.UTF_8)))) || salted.isOpenedBy(new byte[16], candidate)).isEmpty();
    }

    @Test
    void aSaltOfAnotherLength_orAValueThatIsNotJson_isRefused() {
        assertThatThrownBy(() -> Commitment.of(new byte[8], "\"Claire Martin\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 random bytes");
        assertThatThrownBy(() -> Commitment.of(SALT_0_TO_15, "Claire Martin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON");
        assertThatThrownBy(() -> Commitment.of(SALT_0_TO_15, "\"Claire\",\"Martin\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON");
        assertThat(Commitment.of(SALT_0_TO_15, "\"Claire Martin\"").isOpenedBy(new byte[8], "\"Claire Martin\""))
                .isFalse();
    }

    private static final class IntStreamBytes {
        static byte[] range(int from, int to) {
            byte[] bytes = new byte[to - from];
            for (int i = from; i < to; i++) {
                bytes[i - from] = (byte) i;
            }
            return bytes;
        }
    }
}
