package org.entente.command.ledger;

import org.entente.ledger.MerkleHashes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the leaves committed since the last time to the tree, in index order, with every complete subtree they
 * close. Committed leaves always form a prefix of the indexes (the head row hands them out one transaction at a
 * time), so the tree never waits on a gap; if one appeared all the same, it stops there and says so.
 */
@Component
class TreeBuilder {

    private static final int BATCH = 5_000;

    private final LedgerNodes nodes;
    private final TransactionTemplate transactions;

    TreeBuilder(LedgerNodes nodes, TransactionTemplate transactions) {
        this.nodes = nodes;
        this.transactions = transactions;
    }

    /** Adds every leaf committed so far; answers the tree's size. */
    long extend() {
        while (transactions.execute(status -> extendOnce()) == BATCH) {
            // A whole batch was added: more may be waiting.
        }
        return nodes.size();
    }

    /** Adds up to a batch of the leaves committed since; answers how many. */
    private int extendOnce() {
        nodes.lockForWriting();
        long size = nodes.size();
        Map<Long, byte[]> written = new HashMap<>();
        List<LedgerNodes.Node> added = new ArrayList<>();
        List<LedgerNodes.LeafData> leaves = nodes.leaves(size, BATCH);
        for (LedgerNodes.LeafData leaf : leaves) {
            if (leaf.index() != size) {
                throw new IllegalStateException("the ledger's leaves skip from " + size + " to " + leaf.index());
            }
            append(size++, MerkleHashes.leaf(leaf.data()), written, added);
        }
        nodes.addAll(added);
        return leaves.size();
    }

    private void append(long index, byte[] leafHash, Map<Long, byte[]> written, List<LedgerNodes.Node> added) {
        byte[] hash = leafHash;
        int level = 0;
        long at = index;
        add(level, at, hash, written, added);
        while ((at & 1) == 1) {
            byte[] left = written.get(key(level, at - 1));
            hash = MerkleHashes.node(left != null ? left : nodes.node(level, at - 1), hash);
            level++;
            at >>= 1;
            add(level, at, hash, written, added);
        }
    }

    private static void add(int level, long index, byte[] hash, Map<Long, byte[]> written,
                            List<LedgerNodes.Node> added) {
        written.put(key(level, index), hash);
        added.add(new LedgerNodes.Node(level, index, hash));
    }

    private static long key(int level, long index) {
        return (index << 6) | level;
    }
}
