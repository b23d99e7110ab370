package org.entente.query.ledger;

import org.entente.ledger.Checkpoint;
import org.entente.ledger.LedgerCheckFailed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The checkpoints the monitor verified against its own log. */
@Repository
class VerifiedCheckpoints {

    record Verified(Checkpoint checkpoint, String note) {
    }

    private final JdbcTemplate jdbc;

    VerifiedCheckpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Checkpoint checkpoint, String note) {
        jdbc.update("INSERT INTO ledger_verified_checkpoint (tree_size, root_hash, note) VALUES (?, ?, ?) "
                + "ON CONFLICT (tree_size) DO NOTHING", checkpoint.size(), checkpoint.rootHash(), note);
    }

    Optional<Verified> latest() {
        return one("SELECT note FROM ledger_verified_checkpoint ORDER BY tree_size DESC LIMIT 1");
    }

    Optional<Verified> ofSize(long size) {
        return one("SELECT note FROM ledger_verified_checkpoint WHERE tree_size = ?", size);
    }

    private Optional<Verified> one(String sql, Object... arguments) {
        List<String> notes = jdbc.queryForList(sql, String.class, arguments);
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        try {
            // Kept only once verified: reading it back needs no key.
            String note = notes.get(0);
            return Optional.of(new Verified(Checkpoint.parse(note.substring(0, note.lastIndexOf("\n\n") + 1)),
                    note));
        } catch (LedgerCheckFailed e) {
            throw new IllegalStateException("A verified checkpoint is unreadable: " + e.getMessage(), e);
        }
    }
}
