package org.entente.query.ledger;

import org.entente.ledger.Chain;
import org.entente.ledger.Checkpoint;
import org.entente.ledger.Envelope;
import org.entente.ledger.Hex;
import org.entente.ledger.InMemoryTree;
import org.entente.ledger.LedgerCheckFailed;
import org.entente.ledger.MerkleHashes;
import org.entente.ledger.Proofs;
import org.entente.query.audit.LoggedEvent;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes a partnership's chain from its logged events as they were published, and each event's leaf, and
 * proves each leaf's inclusion in the latest verified checkpoint with the tree rebuilt here. Each event gets a
 * status — {@code verified}, {@code pending} (newer than that checkpoint) or {@code broken} with what broke — and
 * the first broken link is named.
 */
final class ChainVerification {

    record EventCheck(long sequence, String eventId, String type, Long ledgerIndex, String chainHash, String status,
                      String problem) {
    }

    private ChainVerification() {
    }

    static List<EventCheck> check(List<LoggedEvent> events, Checkpoint checkpoint, InMemoryTree tree) {
        List<EventCheck> checks = new ArrayList<>();
        byte[] previous = Chain.GENESIS;
        for (LoggedEvent event : events) {
            String problem = null;
            if (event.sequence() != checks.size()) {
                problem = "sequence " + event.sequence() + " where " + checks.size() + " was expected";
            } else if (event.ledger() == null) {
                problem = "published without a chain hash (before the ledger existed)";
            } else {
                Envelope envelope = envelope(event);
                byte[] chainHash = Hex.parse(event.ledger().chainHash());
                byte[] expected = Chain.next(previous, envelope);
                previous = chainHash;
                if (!MessageDigest.isEqual(expected, chainHash)) {
                    problem = "its chain hash is not the hash of its predecessor's and its own content";
                } else if (!MessageDigest.isEqual(Chain.leafData(envelope, chainHash), event.ledger().leafData())) {
                    problem = "its leaf is not the leaf of its content";
                } else {
                    problem = inclusion(event, checkpoint, tree);
                }
            }
            checks.add(new EventCheck(event.sequence(), event.eventId(), event.type(),
                    event.ledger() == null ? null : event.ledger().ledgerIndex(),
                    event.ledger() == null ? null : event.ledger().chainHash(),
                    problem == null ? "verified" : problem.equals(PENDING) ? "pending" : "broken",
                    problem == null || problem.equals(PENDING) ? null : problem));
        }
        return checks;
    }

    private static final String PENDING = "pending";

    private static String inclusion(LoggedEvent event, Checkpoint checkpoint, InMemoryTree tree) {
        long index = event.ledger().ledgerIndex();
        if (checkpoint == null || index >= checkpoint.size()) {
            return PENDING;
        }
        byte[] leaf = MerkleHashes.leaf(event.ledger().leafData());
        try {
            Proofs.verifyInclusion(index, checkpoint.size(), leaf, tree.log().inclusionProof(index, checkpoint.size()),
                    checkpoint.rootHash());
            return null;
        } catch (LedgerCheckFailed | IllegalArgumentException e) {
            return "its leaf " + index + " is not in the checkpoint of " + checkpoint.size() + " leaves: "
                    + e.getMessage();
        }
    }

    /** The envelope, from the event as it was published (docs/ledger.md). */
    static Envelope envelope(LoggedEvent event) {
        String type = event.type();
        return new Envelope(event.eventId(), type, Envelope.revisionOf(type),
                event.partnershipId().toString(), event.sequence(), event.ledger().publishedTime(), event.actorId(),
                event.ledger().actorName(), event.actorInstitution(), event.correlationId(), event.causationId(),
                event.ledger().publishedData());
    }
}
