package org.entente.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * The hash chain of one partnership: {@code chainHash(n) = SHA-256(chainHash(n − 1) ‖ canonical bytes of event n)},
 * from the genesis value of 32 zero bytes. Altering, removing, inserting or reordering any event changes every
 * chain hash after it. And the leaf data of an event in the Merkle log: {@code SHA-256(canonical bytes of its
 * envelope with its chain hash)}, which commits to the event without revealing anything of it.
 */
public final class Chain {

    public static final byte[] GENESIS = new byte[Sha256.LENGTH];

    /** An event as recorded: its envelope and the chain hash stored with it. */
    public record Link(Envelope envelope, byte[] chainHash) {
    }

    private Chain() {
    }

    public static byte[] next(byte[] previous, Envelope envelope) {
        return Sha256.of(previous, envelope.canonicalBytes());
    }

    public static byte[] leafData(Envelope envelope, byte[] chainHash) {
        return Sha256.of(envelope.canonicalBytesWith(chainHash));
    }

    public static byte[] leafHash(Envelope envelope, byte[] chainHash) {
        return MerkleHashes.leaf(leafData(envelope, chainHash));
    }

    /**
     * Checks a partnership's whole history: one partnership, sequences 0, 1, 2… without a gap, and each chain hash
     * the one its predecessor and its envelope give. Fails at the first broken link, naming it.
     */
    public static void verify(List<Link> history) throws LedgerCheckFailed {
        verifyLinks(history);
    }

    /**
     * Checks the whole history against its head as a signed statement gives it (how many events, the last chain
     * hash): what a chain alone cannot show is that nothing was cut off its end.
     */
    public static void verify(List<Link> history, long events, byte[] head) throws LedgerCheckFailed {
        verifyLinks(history);
        if (history.size() != events) {
            throw new LedgerCheckFailed("the history holds " + history.size() + " events; " + events
                    + " were recorded: events were cut off or added");
        }
        byte[] last = history.isEmpty() ? GENESIS : history.get(history.size() - 1).chainHash();
        if (!MessageDigest.isEqual(last, head)) {
            throw new LedgerCheckFailed("the history does not end with the recorded head " + Hex.of(head));
        }
    }

    private static void verifyLinks(List<Link> history) throws LedgerCheckFailed {
        byte[] previous = GENESIS;
        for (int n = 0; n < history.size(); n++) {
            Link link = history.get(n);
            Envelope envelope = link.envelope();
            if (!envelope.partnershipId().equals(history.get(0).envelope().partnershipId())) {
                throw new LedgerCheckFailed("event " + envelope.eventId() + " belongs to another partnership");
            }
            if (envelope.sequence() != n) {
                throw new LedgerCheckFailed("event " + envelope.eventId() + " has sequence " + envelope.sequence()
                        + " where " + n + " was expected: an event is missing, duplicated or out of order");
            }
            byte[] expected = next(previous, envelope);
            if (!MessageDigest.isEqual(expected, link.chainHash())) {
                throw new LedgerCheckFailed("the chain breaks at sequence " + n + " (event " + envelope.eventId()
                        + "): its content or its predecessor's is not what was recorded");
            }
            previous = expected;
        }
    }
}
