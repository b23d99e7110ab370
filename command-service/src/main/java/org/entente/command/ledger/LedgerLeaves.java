package org.entente.command.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The ledger's tables, in the caller's transaction. */
@Repository
class LedgerLeaves {

    private final JdbcTemplate jdbc;

    LedgerLeaves(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The partnership's last chain hash stored before this transaction, or none for a new partnership. */
    byte[] lastChainHash(String partnershipId) {
        List<byte[]> last = jdbc.query("SELECT chain_hash FROM ledger_leaf WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number DESC LIMIT 1", (row, n) -> row.getBytes(1), partnershipId);
        return last.isEmpty() ? null : last.get(0);
    }

    /** A leaf still to be given its index: an event, its place in its partnership's chain, its leaf data. */
    record Leaf(String eventId, String partnershipId, long sequence, byte[] chainHash, byte[] leafData) {
    }

    /**
     * Gives the leaves the next indexes, in order, and stores them. The head row stays locked until the
     * transaction ends, so indexes are handed out in commit order without a gap; a rollback gives them back.
     */
    void append(List<Leaf> pending) {
        Long size = jdbc.queryForObject("UPDATE ledger_head SET size = size + ? WHERE id = 1 RETURNING size",
                Long.class, pending.size());
        long first = size - pending.size();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Leaf leaf = pending.get(i);
            rows.add(new Object[] {first + i, leaf.eventId(), leaf.partnershipId(), leaf.sequence(), leaf.chainHash(),
                    leaf.leafData()});
        }
        jdbc.batchUpdate("INSERT INTO ledger_leaf (ledger_index, event_identifier, aggregate_identifier, "
                + "sequence_number, chain_hash, leaf_data) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The leaf index of a stored event; none for an event stored before the ledger, or not stored. */
    OptionalLong indexOf(String eventId) {
        List<Long> index = jdbc.queryForList("SELECT ledger_index FROM ledger_leaf WHERE event_identifier = ?",
                Long.class, eventId);
        return index.isEmpty() ? OptionalLong.empty() : OptionalLong.of(index.get(0));
    }
}
