package org.entente.query.ledger;

import org.entente.ledger.Checkpoint;
import org.entente.ledger.InMemoryTree;
import org.entente.ledger.LedgerCheckFailed;
import org.entente.ledger.SignedNote;
import org.entente.ledger.NoteVerifier;
import org.entente.ledger.Proofs;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Checks one published checkpoint against the log rebuilt here: signed by the installation's key, of its origin,
 * with the root of the first {@code size} leaves received, the only head ever seen for that size, and consistent
 * with the last checkpoint verified. A checkpoint of more leaves than received so far waits for them.
 */
final class CheckpointCheck {

    sealed interface Outcome {
        record Verified(Checkpoint checkpoint) implements Outcome {
        }

        record Waiting(long size) implements Outcome {
        }

        record Alarm(String kind, String detail, Long size) implements Outcome {
        }
    }

    private CheckpointCheck() {
    }

    static Outcome check(String note, NoteVerifier key, InMemoryTree tree,
                         LongFunction<Optional<Checkpoint>> verifiedOfSize, Optional<Checkpoint> previous) {
        String text;
        try {
            text = SignedNote.parse(note).open(key);
        } catch (LedgerCheckFailed e) {
            return new Outcome.Alarm("bad-signature", "A published checkpoint does not verify: " + e.getMessage(), null);
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(text);
        } catch (LedgerCheckFailed e) {
            // Signed, yet no checkpoint: retrying would read the same lines again. An alarm, once.
            return new Outcome.Alarm("malformed", "A signed checkpoint cannot be read: " + e.getMessage(), null);
        }
        if (!checkpoint.origin().equals(key.name())) {
            return new Outcome.Alarm("wrong-origin", "A checkpoint of " + checkpoint.origin() + " was published for "
                    + key.name(), checkpoint.size());
        }
        Optional<Checkpoint> sameSize = verifiedOfSize.apply(checkpoint.size());
        if (sameSize.isPresent()) {
            return MessageDigest.isEqual(sameSize.get().rootHash(), checkpoint.rootHash())
                    ? new Outcome.Verified(checkpoint)
                    : new Outcome.Alarm("fork", "Two different heads were signed for a tree of " + checkpoint.size()
                    + " leaves: the log was forked", checkpoint.size());
        }
        if (checkpoint.size() > tree.size()) {
            return new Outcome.Waiting(checkpoint.size());
        }
        if (!MessageDigest.isEqual(tree.log().root(checkpoint.size()), checkpoint.rootHash())) {
            return new Outcome.Alarm("root-mismatch", "The checkpoint of " + checkpoint.size() + " leaves does not "
                    + "have the root of the events received: an event was changed, removed or added", checkpoint.size());
        }
        return previous.map(before -> consistency(before, checkpoint, tree)).orElse(new Outcome.Verified(checkpoint));
    }

    private static Outcome consistency(Checkpoint before, Checkpoint checkpoint, InMemoryTree tree) {
        Checkpoint older = before.size() <= checkpoint.size() ? before : checkpoint;
        Checkpoint newer = older == before ? checkpoint : before;
        if (older.size() == 0) {
            return new Outcome.Verified(checkpoint);
        }
        try {
            Proofs.verifyConsistency(older.size(), newer.size(), older.rootHash(), newer.rootHash(),
                    tree.log().consistencyProof(older.size(), newer.size()));
            return new Outcome.Verified(checkpoint);
        } catch (LedgerCheckFailed e) {
            return new Outcome.Alarm("inconsistent", "The checkpoint of " + checkpoint.size() + " leaves is not "
                    + "consistent with the one of " + before.size() + ": " + e.getMessage(), checkpoint.size());
        }
    }
}
