package org.entente.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A log held in memory, level by level: appending a leaf completes the subtrees it closes. What a monitor or a
 * verifier rebuilds from the leaves it has; the command side keeps the same nodes in its database instead.
 */
public final class InMemoryTree implements Subtrees {

    private final List<List<byte[]>> levels = new ArrayList<>();

    /** Appends a leaf's hash ({@link MerkleHashes#leaf}); answers its index. */
    public synchronized long append(byte[] leafHash) {
        if (levels.isEmpty()) {
            levels.add(new ArrayList<>());
        }
        long index = levels.get(0).size();
        levels.get(0).add(leafHash);
        byte[] hash = leafHash;
        for (int level = 0; (index & 1) == 1; level++, index >>= 1) {
            List<byte[]> row = levels.get(level);
            hash = MerkleHashes.node(row.get(row.size() - 2), hash);
            if (levels.size() == level + 1) {
                levels.add(new ArrayList<>());
            }
            levels.get(level + 1).add(hash);
        }
        return levels.get(0).size() - 1;
    }

    public synchronized long size() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    @Override
    public synchronized byte[] node(int level, long index) {
        if (level >= levels.size() || index >= levels.get(level).size()) {
            throw new IllegalArgumentException("no complete subtree at level " + level + ", index " + index);
        }
        return levels.get(level).get((int) index);
    }

    public MerkleLog log() {
        return new MerkleLog(this);
    }
}
