package org.entente.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Generated histories, logs and notes, honest and tampered with: every honest one verifies and every tampering is
 * detected, in every generated case. jqwik shrinks any counterexample to the smallest history that shows it.
 */
class TamperingTest {

    enum Tampering { FLIP_CONTENT, FLIP_CHAIN_HASH, DELETE, INSERT, DUPLICATE, SWAP, TRUNCATE }

    @Property(tries = 500)
    void anHonestHistory_verifies(@ForAll("histories") List<Chain.Link> history) {
        byte[] head = history.get(history.size() - 1).chainHash();
        assertThatCode(() -> Chain.verify(history, history.size(), head)).doesNotThrowAnyException();
    }

    @Property(tries = 2000)
    void everyTamperingOfAHistory_isDetected(@ForAll("histories") List<Chain.Link> history,
                                             @ForAll Tampering tampering, @ForAll @IntRange(max = 1000) int where,
                                             @ForAll @IntRange(max = 1000) int what) {
        byte[] head = history.get(history.size() - 1).chainHash();
        List<Chain.Link> tampered = tamper(history, tampering, where % history.size(), what);
        assertThatThrownBy(() -> Chain.verify(tampered, history.size(), head)).isInstanceOf(LedgerCheckFailed.class);
    }

    @Property(tries = 1000)
    void anInclusionProof_verifiesForItsLeafAndTree_only(@ForAll @LongRange(min = 1, max = 300) long size,
                                                        @ForAll @LongRange(max = 299) long anyIndex,
                                                        @ForAll @LongRange(min = 1, max = 300) long otherSize,
                                                        @ForAll @IntRange(max = 10_000) int flip) throws Exception {
        long index = anyIndex % size;
        InMemoryTree tree = tree(Math.max(size, otherSize));
        MerkleLog log = tree.log();
        List<byte[]> proof = log.inclusionProof(index, size);
        byte[] leaf = tree.node(0, index);
        Proofs.verifyInclusion(index, size, leaf, proof, log.root(size));

        long otherIndex = (index + 1 + flip % Math.max(1, size - 1)) % size;
        if (otherIndex != index) {
            assertRefused(() -> Proofs.verifyInclusion(otherIndex, size, leaf, proof, log.root(size)));
            assertRefused(() -> Proofs.verifyInclusion(otherIndex, size, tree.node(0, otherIndex), proof,
                    log.root(size)));
        }
        if (otherSize != size && index < otherSize) {
            assertRefused(() -> Proofs.verifyInclusion(index, otherSize, leaf, proof, log.root(otherSize)));
        }
        if (!proof.isEmpty()) {
            List<byte[]> flipped = flipOne(proof, flip);
            assertRefused(() -> Proofs.verifyInclusion(index, size, leaf, flipped, log.root(size)));
            assertRefused(() -> Proofs.verifyInclusion(index, size, leaf, proof.subList(0, proof.size() - 1),
                    log.root(size)));
        }
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(leaf);
        assertRefused(() -> Proofs.verifyInclusion(index, size, leaf, longer, log.root(size)));
        assertRefused(() -> Proofs.verifyInclusion(index, size, flip(leaf, flip), proof, log.root(size)));
    }

    @Property(tries = 1000)
    void aConsistencyProof_provesItsPrefix_andNothingElse(@ForAll @LongRange(min = 1, max = 300) long a,
                                                          @ForAll @LongRange(min = 1, max = 300) long b,
                                                          @ForAll @IntRange(max = 10_000) int flip) throws Exception {
        long from = Math.min(a, b);
        long to = Math.max(a, b);
        InMemoryTree tree = tree(to);
        MerkleLog log = tree.log();
        List<byte[]> proof = log.consistencyProof(from, to);
        Proofs.verifyConsistency(from, to, log.root(from), log.root(to), proof);
        if (from == to) {
            return;
        }
        // A fork: the same sizes, another older tree.
        InMemoryTree forked = tree(from - 1);
        forked.append(MerkleHashes.leaf("forged".getBytes(StandardCharsets.UTF_8)));
        assertRefused(() -> Proofs.verifyConsistency(from, to, forked.log().root(from), log.root(to), proof));
        if (!proof.isEmpty()) {
            assertRefused(() -> Proofs.verifyConsistency(from, to, log.root(from), log.root(to), flipOne(proof, flip)));
        }
        if (from > 1) {
            assertRefused(() -> Proofs.verifyConsistency(from - 1, to, log.root(from - 1), log.root(to), proof));
        }
        if (to < 300) {
            InMemoryTree bigger = tree(to + 1);
            assertRefused(() -> Proofs.verifyConsistency(from, to + 1, log.root(from), bigger.log().root(to + 1),
                    proof));
        }
    }

    @Property(tries = 300)
    void aSignedCheckpoint_opensWithItsKey_only(@ForAll @LongRange(max = 1_000_000) long size,
                                               @ForAll @IntRange(max = 10_000) int flip) throws Exception {
        NoteSigner signer = NoteSigner.generate("entente.example/ledger");
        Checkpoint checkpoint = new Checkpoint(signer.verifier().name(), size, MerkleHashes.leaf(Long.toString(size)
                .getBytes(StandardCharsets.UTF_8)));
        String note = SignedNote.sign(checkpoint.text(), signer);
        org.assertj.core.api.Assertions.assertThat(Checkpoint.open(note, signer.verifier())).isEqualTo(checkpoint);

        byte[] bytes = note.getBytes(StandardCharsets.UTF_8);
        int at = flip % bytes.length;
        bytes[at] ^= (byte) (1 << (flip % 7));
        String altered = new String(bytes, StandardCharsets.UTF_8);
        if (!altered.equals(note)) {
            assertRefused(() -> Checkpoint.open(altered, signer.verifier()));
        }
        NoteSigner forger = NoteSigner.generate(signer.verifier().name());
        assertRefused(() -> Checkpoint.open(SignedNote.sign(checkpoint.text(), forger), signer.verifier()));
        assertRefused(() -> Checkpoint.open(note, forger.verifier()));
    }

    @Provide
    Arbitrary<List<Chain.Link>> histories() {
        Arbitrary<String> texts = Arbitraries.strings().withCharRange(' ', '\u00ff').ofMaxLength(20);
        return Combinators.combine(texts.list().ofMinSize(1).ofMaxSize(12), Arbitraries.create(UUID::randomUUID))
                .as((contents, partnership) -> chain(partnership.toString(), contents));
    }

    static List<Chain.Link> chain(String partnership, List<String> contents) {
        return chain(partnership, contents, contents.size());
    }

    /** A history written in version 1 up to {@code firstV2}, in version 2 from there on, as an upgrade leaves it. */
    static List<Chain.Link> chain(String partnership, List<String> contents, int firstV2) {
        List<Chain.Link> links = new ArrayList<>();
        byte[] previous = Chain.GENESIS;
        for (int n = 0; n < contents.size(); n++) {
            Envelope envelope = n < firstV2 ? envelope(partnership, n, contents.get(n))
                    : committed(envelope(partnership, n, contents.get(n)));
            previous = Chain.next(previous, envelope);
            links.add(new Chain.Link(envelope, previous));
        }
        return links;
    }

    static Envelope envelope(String partnership, long sequence, String content) {
        return new Envelope(UUID.nameUUIDFromBytes((partnership + sequence).getBytes()).toString(),
                "org.entente.partnership.PartnershipAmended.v1", "1", partnership, sequence, "2026-12-01T10:00:0" + (sequence % 10) + "Z",
                "claire-martin", "Claire Martin", "ccas-metz", "c-" + sequence, "d-" + sequence,
                "{\"note\":" + Json.quote(content) + ",\"n\":" + sequence + "}");
    }

    /** The version-2 form of an envelope: the actor's id and name replaced by fresh commitments. */
    static Envelope committed(Envelope e) {
        return new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(), e.time(),
                Commitment.of(Commitment.newSalt(), Json.quote(e.actorId())).text(),
                Commitment.of(Commitment.newSalt(), Json.quote(e.actorName())).text(), e.actorInstitution(),
                e.correlationId(), e.causationId(), e.dataJson(), e.effectiveDate(), Envelope.V2);
    }

    private static List<Chain.Link> tamper(List<Chain.Link> history, Tampering tampering, int at, int what) {
        List<Chain.Link> copy = new ArrayList<>(history);
        Chain.Link link = copy.get(at);
        switch (tampering) {
            case FLIP_CONTENT -> copy.set(at, new Chain.Link(altered(link.envelope(), what), link.chainHash()));
            case FLIP_CHAIN_HASH -> copy.set(at, new Chain.Link(link.envelope(), flip(link.chainHash(), what)));
            case DELETE -> copy.remove(at);
            case INSERT -> copy.add(at, new Chain.Link(envelope(link.envelope().partnershipId(), at, "forged"),
                    link.chainHash()));
            case DUPLICATE -> copy.add(at, link);
            case SWAP -> {
                if (copy.size() == 1) {
                    copy.add(link);
                } else {
                    int other = (at + 1) % copy.size();
                    copy.set(at, copy.get(other));
                    copy.set(other, link);
                }
            }
            case TRUNCATE -> copy.subList(at, copy.size()).clear();
        }
        return copy;
    }

    /** The envelope with one of its fields changed. */
    private static Envelope altered(Envelope e, int what) {
        return switch (what % 8) {
            case 0 -> new Envelope(e.eventId() + "x", e.type(), e.revision(), e.partnershipId(), e.sequence(),
                    e.time(), e.actorId(), e.actorName(), e.actorInstitution(), e.correlationId(), e.causationId(),
                    e.dataJson());
            case 1 -> new Envelope(e.eventId(), e.type() + "x", e.revision(), e.partnershipId(), e.sequence(),
                    e.time(), e.actorId(), e.actorName(), e.actorInstitution(), e.correlationId(), e.causationId(),
                    e.dataJson());
            case 2 -> new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(),
                    e.time().replace("Z", ".001Z"), e.actorId(), e.actorName(), e.actorInstitution(),
                    e.correlationId(), e.causationId(), e.dataJson());
            case 3 -> new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(), e.time(),
                    "someone-else", e.actorName(), e.actorInstitution(), e.correlationId(), e.causationId(),
                    e.dataJson());
            case 4 -> new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(), e.time(),
                    e.actorId(), e.actorName() + ".", e.actorInstitution(), e.correlationId(), e.causationId(),
                    e.dataJson());
            case 5 -> new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(), e.time(),
                    e.actorId(), e.actorName(), "caf-57", e.correlationId(), e.causationId(), e.dataJson());
            case 6 -> new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(), e.time(),
                    e.actorId(), e.actorName(), e.actorInstitution(), e.correlationId(), null, e.dataJson());
            default -> new Envelope(e.eventId(), e.type(), e.revision(), e.partnershipId(), e.sequence(), e.time(),
                    e.actorId(), e.actorName(), e.actorInstitution(), e.correlationId(), e.causationId(),
                    e.dataJson().replace("\"n\":", "\"n\":1"));
        };
    }

    static InMemoryTree tree(long size) {
        InMemoryTree tree = new InMemoryTree();
        for (long i = 0; i < size; i++) {
            tree.append(MerkleHashes.leaf(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return tree;
    }

    private static List<byte[]> flipOne(List<byte[]> proof, int flip) {
        List<byte[]> copy = new ArrayList<>(proof);
        int at = flip % copy.size();
        copy.set(at, flip(copy.get(at), flip));
        return copy;
    }

    private static byte[] flip(byte[] hash, int flip) {
        byte[] copy = hash.clone();
        copy[flip % copy.length] ^= (byte) (1 << (flip % 8));
        return copy;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
        assertThatThrownBy(check).isInstanceOf(LedgerCheckFailed.class);
    }
}
