package org.entente.command.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Every checkpoint issued, kept in {@code ledger_checkpoint}. */
@Repository
class Checkpoints {

    record Issued(long size, String note) {
    }

    private final JdbcTemplate jdbc;

    Checkpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Issued> latest() {
        return one("SELECT tree_size, note FROM ledger_checkpoint ORDER BY tree_size DESC LIMIT 1");
    }

    Optional<Issued> ofSize(long size) {
        return one("SELECT tree_size, note FROM ledger_checkpoint WHERE tree_size = ?", size);
    }

    /** Kept once: another instance that issued the same size first keeps its own, equally valid one. */
    void add(long size, String note) {
        jdbc.update("INSERT INTO ledger_checkpoint (tree_size, note) VALUES (?, ?) ON CONFLICT (tree_size) DO NOTHING",
                size, note);
    }

    List<Issued> unpublished() {
        return jdbc.query("SELECT tree_size, note FROM ledger_checkpoint WHERE published_at IS NULL ORDER BY tree_size",
                (row, n) -> new Issued(row.getLong(1), row.getString(2)));
    }

    void published(long size) {
        jdbc.update("UPDATE ledger_checkpoint SET published_at = now() WHERE tree_size = ?", size);
    }

    private Optional<Issued> one(String sql, Object... arguments) {
        return jdbc.query(sql, (row, n) -> new Issued(row.getLong(1), row.getString(2)), arguments).stream()
                .findFirst();
    }
}
