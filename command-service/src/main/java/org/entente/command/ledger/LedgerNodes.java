package org.entente.command.ledger;

import org.entente.ledger.Subtrees;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The tree's complete subtrees in {@code ledger_node}, and the leaves waiting to be added to it. */
@Repository
class LedgerNodes implements Subtrees {

    /** A leaf's index and its data, as {@code ledger_leaf} keeps them. */
    record LeafData(long index, byte[] data) {
    }

    private final JdbcTemplate jdbc;

    LedgerNodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] node(int level, long index) {
        List<byte[]> hash = jdbc.query("SELECT hash FROM ledger_node WHERE level = ? AND idx = ?",
                (row, n) -> row.getBytes(1), level, index);
        if (hash.isEmpty()) {
            throw new IllegalStateException("the ledger has no complete subtree at level " + level + ", " + index);
        }
        return hash.get(0);
    }

    /** How many leaves the tree holds. */
    long size() {
        return jdbc.queryForObject("SELECT coalesce(max(idx) + 1, 0) FROM ledger_node WHERE level = 0", Long.class);
    }

    /** The hashes of one level, from {@code first}, in order: what a tile is made of. */
    List<byte[]> row(int level, long first, int count) {
        return jdbc.query("SELECT hash FROM ledger_node WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx",
                (row, n) -> row.getBytes(1), level, first, first + count);
    }

    /** The leaves from {@code from}, in order, at most {@code limit}: those not yet in the tree, or any to serve. */
    List<LeafData> leaves(long from, int limit) {
        return jdbc.query("SELECT ledger_index, leaf_data FROM ledger_leaf WHERE ledger_index >= ? "
                + "ORDER BY ledger_index LIMIT ?", (row, n) -> new LeafData(row.getLong(1), row.getBytes(2)),
                from, limit);
    }

    /** A complete subtree's hash, to be added. */
    record Node(int level, long index, byte[] hash) {
    }

    /** Adds the nodes in one batch of statements: a few round trips for thousands of nodes. */
    void addAll(List<Node> added) {
        jdbc.batchUpdate("INSERT INTO ledger_node (level, idx, hash) VALUES (?, ?, ?)", added, 1_000,
                (statement, node) -> {
                    statement.setInt(1, node.level());
                    statement.setLong(2, node.index());
                    statement.setBytes(3, node.hash());
                });
    }

    /** Only one writer extends the tree at a time, across instances: held until the transaction ends. */
    void lockForWriting() {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(7310)", Object.class);
    }
}
