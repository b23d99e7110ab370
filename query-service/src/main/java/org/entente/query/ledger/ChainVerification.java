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

    /** What one event's check found: {@code verified}, {@code pending} or {@code broken} with why. */
    private record Finding(String status, String problem) {
        static final Finding VERIFIED = new Finding("verified", null);
        static final Finding PENDING = new Finding("pending", null);

        static Finding broken(String problem) {
            return new Finding("broken", problem);
        }
    }

    static List<EventCheck> check(List<LoggedEvent> events, Checkpoint checkpoint, InMemoryTree tree) {
        List<EventCheck> checks = new ArrayList<>();
        byte[] previous = Chain.GENESIS;
        for (LoggedEvent event : events) {
            Finding finding;
            if (event.sequence() != checks.size()) {
                finding = Finding.broken("sequence " + event.sequence() + " where " + checks.size() + " was expected");
            } else if (event.ledger() == null) {
                finding = Finding.broken("published without a chain hash (before the ledger existed)");
            } else {
                Envelope envelope = envelope(event);
                byte[] chainHash = Hex.parse(event.ledger().chainHash());
                byte[] expected = Chain.next(previous, envelope);
                previous = chainHash;
                if (!MessageDigest.isEqual(expected, chainHash)) {
                    finding = Finding.broken("its chain hash is not the hash of its predecessor's and its own content");
                } else if (!MessageDigest.isEqual(Chain.leafData(envelope, chainHash), event.ledger().leafData())) {
                    finding = Finding.broken("its leaf is not the leaf of its content");
                } else {
                    finding = inclusion(event, checkpoint, tree);
                }
            }
            checks.add(new EventCheck(event.sequence(), event.eventId(), event.type(),
                    event.ledger() == null ? null : event.ledger().ledgerIndex(),
                    event.ledger() == null ? null : event.ledger().chainHash(), finding.status(), finding.problem()));
        }
        return checks;
    }

    private static Finding inclusion(LoggedEvent event, Checkpoint checkpoint, InMemoryTree tree) {
        long index = event.ledger().ledgerIndex();
        if (checkpoint == null || index >= checkpoint.size()) {
            return Finding.PENDING;
        }
        byte[] leaf = MerkleHashes.leaf(event.ledger().leafData());
        try {
            Proofs.verifyInclusion(index, checkpoint.size(), leaf, tree.log().inclusionProof(index, checkpoint.size()),
                    checkpoint.rootHash());
            return Finding.VERIFIED;
        } catch (LedgerCheckFailed | IllegalArgumentException e) {
            return Finding.broken("its leaf " + index + " is not in the checkpoint of " + checkpoint.size()
                    + " leaves: " + e.getMessage());
        }
    }

    /** The envelope, from the event as it was published (docs/ledger.md). */
    static Envelope envelope(LoggedEvent event) {
        String type = event.type();
        return new Envelope(event.eventId(), type, Envelope.revisionOf(type),
                event.partnershipId().toString(), event.sequence(), event.ledger().publishedTime(), event.actorId(),
                event.ledger().actorName(), event.actorInstitution(), event.correlationId(), event.causationId(),
                event.ledger().publishedData(),
                event.effectiveDate() == null ? null : event.effectiveDate().toString(), event.ledger().envelope());
    }
}
