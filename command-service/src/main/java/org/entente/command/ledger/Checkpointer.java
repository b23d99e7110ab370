package org.entente.command.ledger;

import org.entente.ledger.Checkpoint;
import org.entente.ledger.MerkleLog;
import org.entente.ledger.SignedNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues a signed checkpoint of the log whenever it has grown: every few seconds while events arrive (and once at
 * start, so that there always is one), and on demand. Each is kept, then published on the checkpoint topic; one
 * that could not be published yet is published at the next round, in order.
 */
@Component
class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final TreeBuilder tree;
    private final LedgerNodes nodes;
    private final Checkpoints checkpoints;
    private final LedgerSigningKey key;
    private final CheckpointPublisher publisher;

    Checkpointer(TreeBuilder tree, LedgerNodes nodes, Checkpoints checkpoints, LedgerSigningKey key,
                 CheckpointPublisher publisher) {
        this.tree = tree;
        this.nodes = nodes;
        this.checkpoints = checkpoints;
        this.key = key;
        this.publisher = publisher;
    }

    @Scheduled(fixedDelayString = "${entente.ledger.checkpoint-interval}", initialDelay = 0)
    void onSchedule() {
        try {
            issueIfGrown();
            publisher.publish(checkpoints.unpublished(), checkpoints::published);
        } catch (RuntimeException e) {
            log.warn("No checkpoint this round, trying again at the next: {}", e.getMessage());
        }
    }

    /** The checkpoint of the log as it is now: a new one if it grew since the last, else the last. */
    synchronized Checkpoints.Issued issueIfGrown() {
        long size = tree.extend();
        Checkpoints.Issued latest = checkpoints.latest().orElse(null);
        if (latest != null && latest.size() >= size) {
            return latest;
        }
        Checkpoint checkpoint = new Checkpoint(key.origin(), size, new MerkleLog(nodes).root(size));
        checkpoints.add(size, SignedNote.sign(checkpoint.text(), key.signer()));
        return checkpoints.ofSize(size).orElseThrow();
    }
}
