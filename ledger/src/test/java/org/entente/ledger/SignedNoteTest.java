package org.entente.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed notes, checked against the published example of Go's reference implementation (golang.org/x/mod/sumdb/note,
 * note_test.go: the PeterNeumann keys and note), and the ways real verifiers were fooled: a note whose signature
 * was never verified, a known key with a bad signature, an all-zero signature, another key under the same name.
 */
class SignedNoteTest {

    /** The published example key pair and note. */
    static final String VERIFIER = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String SIGNER = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String NOTE = TEXT + "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2"
            + "pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void theReferenceKeys_parse_andTheirIdsAreTheReferenceIds() throws Exception {
        NoteVerifier verifier = NoteVerifier.parse(VERIFIER);
        assertThat(verifier.name()).isEqualTo("PeterNeumann");
        assertThat(verifier.keyIdHex()).isEqualTo("c74f20a3");
        assertThat(verifier.text()).isEqualTo(VERIFIER);
        NoteSigner signer = NoteSigner.parse(SIGNER);
        assertThat(signer.verifier().text()).isEqualTo(VERIFIER);
        assertThat(signer.text()).isEqualTo(SIGNER);
    }

    @Test
    void signingTheReferenceText_givesTheReferenceNote_byteForByte_andItOpens() throws Exception {
        assertThat(SignedNote.sign(TEXT, NoteSigner.parse(SIGNER))).isEqualTo(NOTE);
        assertThat(SignedNote.parse(NOTE).open(NoteVerifier.parse(VERIFIER))).isEqualTo(TEXT);
    }

    @Test
    void anAlteredText_isRefused_byTheKnownKeysSignature() throws Exception {
        String altered = NOTE.replace("problem,", "problem;");
        assertThatThrownBy(() -> SignedNote.parse(altered).open(NoteVerifier.parse(VERIFIER)))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining("does not verify");
    }

    @Test
    void anAllZeroSignature_isRefused() throws Exception {
        byte[] zero = new byte[68];
        System.arraycopy(new byte[]{(byte) 0xc7, 0x4f, 0x20, (byte) 0xa3}, 0, zero, 0, 4);
        String forged = TEXT + "\n\u2014 PeterNeumann " + Base64.getEncoder().encodeToString(zero) + "\n";
        assertThatThrownBy(() -> SignedNote.parse(forged).open(NoteVerifier.parse(VERIFIER)))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining("does not verify");
    }

    @Test
    void aNoteSignedByAnotherKeyUnderTheSameName_isRefused_asUnsigned() throws Exception {
        String resigned = SignedNote.sign(TEXT, NoteSigner.generate("PeterNeumann"));
        assertThatThrownBy(() -> SignedNote.parse(resigned).open(NoteVerifier.parse(VERIFIER)))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining("carries no signature of PeterNeumann");
    }

    @Test
    void aKnownKeysBadSignature_rejectsTheNote_evenBesideAGoodOne() throws Exception {
        String[] parts = NOTE.split("\u2014 PeterNeumann ");
        byte[] bad = Base64.getDecoder().decode(parts[1].strip());
        bad[10] ^= 1;
        String both = NOTE + "\u2014 PeterNeumann " + Base64.getEncoder().encodeToString(bad) + "\n";
        assertThatThrownBy(() -> SignedNote.parse(both).open(NoteVerifier.parse(VERIFIER)))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining("does not verify");
    }

    /** Found by TamperingTest: a lenient base64 decoder reads "…JnAN=" as the same bytes as "…JnAM=". */
    @Test
    void aSignatureInAnotherSpellingOfTheSameBase64_isRefused() {
        String respelled = NOTE.replace("JnAM=\n", "JnAN=\n");
        assertThat(respelled).isNotEqualTo(NOTE);
        assertThatThrownBy(() -> SignedNote.parse(respelled).open(NoteVerifier.parse(VERIFIER)))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining("canonical base64");
    }

    @Test
    void signaturesOfUnknownKeys_areIgnored() throws Exception {
        String cosigned = SignedNote.sign(TEXT, NoteSigner.generate("witness.example/w1"));
        String both = NOTE + cosigned.substring(TEXT.length() + 1);
        assertThat(SignedNote.parse(both).open(NoteVerifier.parse(VERIFIER))).isEqualTo(TEXT);
    }

    @Test
    void malformedKeysAndNotes_areRefused() {
        for (String key : new String[]{"PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW", "PeterNeumann+c74f20a3",
                "PeterNeumann+c74f20a3+!!!!"}) {
            assertThatThrownBy(() -> NoteVerifier.parse(key)).as(key).isInstanceOf(LedgerCheckFailed.class);
        }
        for (String note : new String[]{TEXT, TEXT + "\n", TEXT + "\nPeterNeumann abc=\n", "a\r\n\n\u2014 k AAAAAAA=\n",
                TEXT + "\n\u2014 PeterNeumann\n"}) {
            assertThatThrownBy(() -> SignedNote.parse(note).open(NoteVerifier.parse(VERIFIER)))
                    .as(note).isInstanceOf(LedgerCheckFailed.class);
        }
    }

    @Test
    void aCheckpoint_roundTrips_throughASignedNote() throws Exception {
        NoteSigner signer = NoteSigner.generate("entente.example/ledger");
        Checkpoint checkpoint = new Checkpoint("entente.example/ledger", 42, MerkleHashes.leaf(new byte[]{1}));
        String note = SignedNote.sign(checkpoint.text(), signer);
        assertThat(note).startsWith("entente.example/ledger\n42\n");
        assertThat(Checkpoint.open(note, signer.verifier())).isEqualTo(checkpoint);
        assertThat(new String(checkpoint.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .endsWith("\n");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n042\n" + "A".repeat(43) + "=\n"))
                .isInstanceOf(LedgerCheckFailed.class);
        // Nineteen digits, past Long.MAX_VALUE: refused as malformed, never a NumberFormatException (issue 19).
        assertThatThrownBy(() -> Checkpoint.parse("origin\n9999999999999999999\n" + "A".repeat(43) + "=\n"))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining("past the largest tree");
    }
}
