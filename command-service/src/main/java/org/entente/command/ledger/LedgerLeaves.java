package org.entente.command.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

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

    /**
     * The next leaf index. The head row stays locked until the transaction ends, so indexes are handed out in
     * commit order without a gap; a rollback gives them back.
     */
    long nextIndex() {
        Long size = jdbc.queryForObject("UPDATE ledger_head SET size = size + 1 WHERE id = 1 RETURNING size",
                Long.class);
        return size - 1;
    }

    void add(long index, String eventId, String partnershipId, long sequence, byte[] chainHash, byte[] leafData) {
        jdbc.update("INSERT INTO ledger_leaf (ledger_index, event_identifier, aggregate_identifier, sequence_number, "
                + "chain_hash, leaf_data) VALUES (?, ?, ?, ?, ?, ?)", index, eventId, partnershipId, sequence,
                chainHash, leafData);
    }
}
