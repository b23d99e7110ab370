package org.entente.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs exactly as RFC 9162 §2.1.3.2 and §2.1.4.2 specify: every
 * element of a proof is used, the proof's length must be exactly the one its sizes imply (no element missing, none
 * left over), and the index and size shape the path. A root binds its tree size only when both come from one
 * signed checkpoint: a proof for leaf 2 of 5 leads to the root of 5 leaves also when told the size is 6, so
 * callers always take the size and the root together from a verified checkpoint, never one without the other.
 */
public final class Proofs {

    private Proofs() {
    }

    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws LedgerCheckFailed {
        if (index < 0 || index >= size) {
            throw new LedgerCheckFailed("leaf " + index + " cannot be in a tree of " + size + " leaves");
        }
        if (leafHash.length != Sha256.LENGTH || root.length != Sha256.LENGTH) {
            throw new LedgerCheckFailed("a leaf hash and a root hash have 32 bytes");
        }
        requireHashes(proof);
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new LedgerCheckFailed("the inclusion proof is longer than a tree of " + size + " allows");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new LedgerCheckFailed("the inclusion proof is shorter than a tree of " + size + " needs");
        }
        if (!MessageDigest.isEqual(r, root)) {
            throw new LedgerCheckFailed("the inclusion proof of leaf " + index + " does not lead to the root of "
                    + "the tree of " + size);
        }
    }

    public static void verifyConsistency(long from, long to, byte[] fromRoot, byte[] toRoot, List<byte[]> proof)
            throws LedgerCheckFailed {
        if (from < 1 || from > to) {
            throw new LedgerCheckFailed("no consistency can be proved from a tree of " + from + " to one of " + to);
        }
        if (from == to) {
            if (!proof.isEmpty()) {
                throw new LedgerCheckFailed("a tree is consistent with itself without proof; this one has "
                        + proof.size() + " hashes");
            }
            if (!MessageDigest.isEqual(fromRoot, toRoot)) {
                throw new LedgerCheckFailed("two different roots for the same tree size " + from + ": a fork");
            }
            return;
        }
        requireHashes(proof);
        List<byte[]> path = Long.bitCount(from) == 1 ? prepend(fromRoot, proof) : proof;
        if (path.isEmpty()) {
            throw new LedgerCheckFailed("the consistency proof from " + from + " to " + to + " is empty");
        }
        long fn = from - 1;
        long sn = to - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new LedgerCheckFailed("the consistency proof from " + from + " to " + to + " is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new LedgerCheckFailed("the consistency proof from " + from + " to " + to + " is too short");
        }
        if (!MessageDigest.isEqual(fr, fromRoot) || !MessageDigest.isEqual(sr, toRoot)) {
            throw new LedgerCheckFailed("the tree of " + from + " is not a prefix of the tree of " + to
                    + ": the log was rewritten or forked");
        }
    }

    private static void requireHashes(List<byte[]> proof) throws LedgerCheckFailed {
        for (byte[] hash : proof) {
            if (hash.length != Sha256.LENGTH) {
                throw new LedgerCheckFailed("every hash of a proof has 32 bytes; one has " + hash.length);
            }
        }
    }

    private static List<byte[]> prepend(byte[] first, List<byte[]> rest) {
        List<byte[]> all = new java.util.ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
