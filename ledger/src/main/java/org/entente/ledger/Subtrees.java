package org.entente.ledger;

/**
 * Where a log keeps its hashes: the hash of each complete subtree, {@code level} levels above the leaves, covering
 * the leaves {@code [index × 2^level, (index + 1) × 2^level)}. Level 0 holds the leaf hashes themselves. These are
 * the hashes C2SP tlog-tiles serves; every root and proof is computed from O(log n) of them.
 */
public interface Subtrees {

    byte[] node(int level, long index);
}
