package org.entente.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, requirement 7, on whole evidence packages as the offline verifier reads them: an honest package
 * verifies; a flipped bit anywhere in its events, proofs, checkpoint or consistency proof, a deleted, inserted,
 * duplicated or swapped event line, a history cut short, a wrong key, a forged or re-signed checkpoint, an older
 * checkpoint of another log, and proofs for another tree size are each refused, in every generated case. The
 * histories are written in version-1 envelopes, version-2 ones, or both (an installation upgraded midway).
 */
class EvidenceTamperingTest {

    private static final List<String> TAMPERED = List.of("events.jsonl", "proofs.json", "checkpoint.txt",
            "consistency.json");

    @Property(tries = 300)
    void anHonestPackage_verifies(@ForAll("fixtures") EvidenceFixture fixture) {
        assertThatCode(() -> EvidenceVerifier.verify(fixture.entries(), fixture.signer.verifier(),
                fixture.olderNote(), fixture.head())).doesNotThrowAnyException();
    }

    @Property(tries = 3000)
    void aFlippedBitAnywhere_isDetected(@ForAll("fixtures") EvidenceFixture fixture,
                                        @ForAll @IntRange(max = 1_000_000) int where, @ForAll @IntRange(max = 7) int bit) {
        Map<String, byte[]> entries = fixture.entries();
        List<String> present = TAMPERED.stream().filter(entries::containsKey).toList();
        String entry = present.get(where % present.size());
        byte[] bytes = entries.get(entry).clone();
        bytes[where % bytes.length] ^= (byte) (1 << bit);
        entries.put(entry, bytes);
        assertRefused(entries, fixture, fixture.olderNote(), fixture.head());
    }

    @Property(tries = 1000)
    void everyChangeOfTheEventLines_isDetected(@ForAll("fixtures") EvidenceFixture fixture,
                                               @ForAll TamperingTest.Tampering tampering,
                                               @ForAll @IntRange(max = 1000) int where) {
        Map<String, byte[]> entries = fixture.entries();
        List<String> lines = new ArrayList<>(Arrays.asList(new String(entries.get("events.jsonl"),
                StandardCharsets.UTF_8).split("\n")));
        int at = where % lines.size();
        switch (tampering) {
            case DELETE -> lines.remove(at);
            case INSERT, DUPLICATE, FLIP_CONTENT, FLIP_CHAIN_HASH -> lines.add(at, lines.get(at));
            case SWAP -> {
                if (lines.size() == 1) {
                    lines.add(lines.get(0));
                } else {
                    String line = lines.get(at);
                    lines.set(at, lines.get((at + 1) % lines.size()));
                    lines.set((at + 1) % lines.size(), line);
                }
            }
            case TRUNCATE -> lines.subList(at, lines.size()).clear();
        }
        entries.put("events.jsonl", EvidenceFixture.bytes(String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")));
        assertRefused(entries, fixture, fixture.olderNote(), fixture.head());
    }

    @Property(tries = 300)
    void aWrongKey_aResignedOrForgedCheckpoint_anotherLogsOlderCheckpoint_andProofsForAnotherSize_areRefused(
            @ForAll("fixtures") EvidenceFixture fixture) {
        Map<String, byte[]> honest = fixture.entries();
        NoteSigner forger = NoteSigner.generate(fixture.signer.verifier().name());
        assertRefused(honest, forger.verifier(), fixture.olderNote(), fixture.head());

        Map<String, byte[]> resigned = new LinkedHashMap<>(honest);
        resigned.put("checkpoint.txt", EvidenceFixture.bytes(SignedNote.sign(
                fixture.checkpoint(fixture.tree.size()).text(), forger)));
        assertRefused(resigned, fixture.signer.verifier(), fixture.olderNote(), fixture.head());

        Map<String, byte[]> forged = new LinkedHashMap<>(honest);
        forged.put("checkpoint.txt", EvidenceFixture.bytes(SignedNote.sign(new Checkpoint(
                fixture.signer.verifier().name(), fixture.tree.size(), MerkleHashes.leaf(new byte[]{7})).text(),
                fixture.signer)));
        assertRefused(forged, fixture.signer.verifier(), fixture.olderNote(), fixture.head());

        if (fixture.older != null && fixture.older.size() > 0) {
            String otherLog = SignedNote.sign(new Checkpoint(fixture.signer.verifier().name(), fixture.older.size(),
                    MerkleHashes.leaf(new byte[]{9})).text(), fixture.signer);
            assertRefused(honest, fixture.signer.verifier(), otherLog, fixture.head());
        }

        // The proofs of a smaller tree, beside the checkpoint of the whole.
        long smaller = fixture.indexes[fixture.indexes.length - 1] + 1;
        if (smaller < fixture.tree.size()) {
            Map<String, byte[]> otherSize = new LinkedHashMap<>(honest);
            String proofs = new String(honest.get("proofs.json"), StandardCharsets.UTF_8);
            otherSize.put("proofs.json", EvidenceFixture.bytes(proofs.replace("\"treeSize\" : " + fixture.tree.size(),
                    "\"treeSize\" : " + smaller)));
            assertRefused(otherSize, fixture.signer.verifier(), fixture.olderNote(), fixture.head());
        }
    }

    @Provide
    Arbitrary<EvidenceFixture> fixtures() {
        Arbitrary<List<String>> contents = Arbitraries.strings().withCharRange(' ', '\u00ff').ofMaxLength(12).list()
                .ofMinSize(1).ofMaxSize(8);
        // Where version 2 begins: at once (a new installation), midway (an upgraded one) or never (before issue 21).
        return net.jqwik.api.Combinators.combine(contents, Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 9))
                .as((texts, others, firstV2) -> new EvidenceFixture(
                        TamperingTest.chain(UUID.randomUUID().toString(), texts, firstV2), others));
    }

    private static void assertRefused(Map<String, byte[]> entries, EvidenceFixture fixture, String older, String head) {
        assertRefused(entries, fixture.signer.verifier(), older, head);
    }

    private static void assertRefused(Map<String, byte[]> entries, NoteVerifier key, String older, String head) {
        assertThatThrownBy(() -> EvidenceVerifier.verify(entries, key, older, head))
                .isInstanceOf(LedgerCheckFailed.class);
        assertThat(entries).isNotEmpty();
    }
}
