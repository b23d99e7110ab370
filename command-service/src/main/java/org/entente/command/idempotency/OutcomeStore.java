package org.entente.command.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Outcomes of idempotent requests, per caller and key. */
@Repository
class OutcomeStore {

    private final JdbcTemplate jdbc;

    OutcomeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredOutcome> find(String caller, String key) {
        return jdbc.query("SELECT request_hash, status, etag, location, body FROM idempotency_key "
                        + "WHERE caller = ? AND key = ?",
                (row, n) -> new StoredOutcome(row.getString(1), (Integer) row.getObject(2), row.getString(3),
                        row.getString(4), row.getString(5)), caller, key).stream().findFirst();
    }

    /** Claims the key; a concurrent request with the same key waits on the row until this transaction ends. */
    boolean claim(String caller, String key, String requestHash) {
        return jdbc.update("INSERT INTO idempotency_key (caller, key, request_hash) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", caller, key, requestHash) == 1;
    }

    void complete(String caller, String key, String requestHash, int status, String etag, String location,
                  String body) {
        jdbc.update("""
                        INSERT INTO idempotency_key (caller, key, request_hash, status, etag, location, body)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (caller, key) DO UPDATE SET status = EXCLUDED.status, etag = EXCLUDED.etag,
                            location = EXCLUDED.location, body = EXCLUDED.body""",
                caller, key, requestHash, status, etag, location, body);
    }
}
