package org.entente.ledger;

/**
 * RFC 9162 §2.1.1 hashing: a leaf is {@code SHA-256(0x00 ‖ data)}, an inner node {@code SHA-256(0x01 ‖ left ‖
 * right)}. The distinct prefixes keep a leaf from ever passing for a node (second-preimage attacks on the tree).
 */
public final class MerkleHashes {

    /** The root of the empty tree: the SHA-256 of nothing. */
    public static final byte[] EMPTY_ROOT = Sha256.of();

    private static final byte[] LEAF = {0x00};
    private static final byte[] NODE = {0x01};

    private MerkleHashes() {
    }

    public static byte[] leaf(byte[] data) {
        return Sha256.of(LEAF, data);
    }

    public static byte[] node(byte[] left, byte[] right) {
        return Sha256.of(NODE, left, right);
    }
}
