package org.entente.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs of an append-only log as RFC 9162 §2.1 defines them, computed from its complete subtrees. A
 * range [start, end) as the tree's recursion produces it is the right fold of its decomposition into the largest
 * aligned complete subtrees, from the left; so each hash is a handful of stored nodes, whatever the log's size.
 */
public final class MerkleLog {

    private final Subtrees subtrees;

    public MerkleLog(Subtrees subtrees) {
        this.subtrees = subtrees;
    }

    /** The root of the tree of the first {@code size} leaves. */
    public byte[] root(long size) {
        return size == 0 ? MerkleHashes.EMPTY_ROOT.clone() : range(0, size);
    }

    /** RFC 9162 §2.1.3.1: the audit path of leaf {@code index} in the tree of {@code size} leaves. */
    public List<byte[]> inclusionProof(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return proof;
    }

    /** RFC 9162 §2.1.4.1: the proof that the tree of {@code from} leaves is a prefix of the tree of {@code to}. */
    public List<byte[]> consistencyProof(long from, long to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("no consistency proof from " + from + " to " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        if (from > 0 && from < to) {
            subproof(from, 0, to, true, proof);
        }
        return proof;
    }

    /** PATH(m, D[start:end]), the siblings listed from the leaf up. */
    private void path(long index, long start, long end, List<byte[]> proof) {
        if (end - start == 1) {
            return;
        }
        long split = start + largestPowerOfTwoBelow(end - start);
        if (index < split) {
            path(index, start, split, proof);
            proof.add(range(split, end));
        } else {
            path(index, split, end, proof);
            proof.add(range(start, split));
        }
    }

    /** SUBPROOF(m, D[start:end], b). */
    private void subproof(long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(range(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, proof);
            proof.add(range(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(range(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a range the recursion produces (start aligned to a power of two at least its size). */
    byte[] range(long start, long end) {
        List<byte[]> parts = new ArrayList<>();
        for (long at = start; at < end; ) {
            int level = 63 - Long.numberOfLeadingZeros(end - at);
            if (at != 0) {
                level = Math.min(level, Long.numberOfTrailingZeros(at));
            }
            parts.add(subtrees.node(level, at >>> level));
            at += 1L << level;
        }
        byte[] hash = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            hash = MerkleHashes.node(parts.get(i), hash);
        }
        return hash;
    }

    /** The largest power of two strictly below {@code n}, for {@code n ≥ 2}. */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
