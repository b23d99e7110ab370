package org.entente.query.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.query.replay.Replay.Status;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The record of every replay: who asked, its progress, and how it ended. */
@Repository
class ReplayLedger {

    private static final TypeReference<TreeMap<String, Long>> POSITION = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReplayLedger(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a running replay; refused by the database if one is running already. */
    long start(String requestedBy, Instant from) {
        return jdbc.queryForObject("INSERT INTO replay (status, requested_by, from_time, requested_at) "
                        + "VALUES ('RUNNING', ?, ?, now()) RETURNING id", Long.class, requestedBy,
                from == null ? null : Timestamp.from(from));
    }

    void progress(long id, long done, long total) {
        jdbc.update("UPDATE replay SET events_done = ?, events_total = greatest(?, ?) WHERE id = ?", done, total,
                done, id);
    }

    void complete(long id, long done, Map<PartitionKey, Long> position, String rebuilt, String live,
                  Duration liveHeld) {
        jdbc.update("UPDATE replay SET status = 'COMPLETED', finished_at = now(), events_done = ?, "
                        + "events_total = ?, position = ?::jsonb, rebuilt_checksum = ?, live_checksum = ?, "
                        + "live_held_ms = ? WHERE id = ?",
                done, done, write(position), rebuilt, live, liveHeld.toMillis(), id);
    }

    /** Rebuilt, compared and found different, and not switched: recorded with both checksums. */
    void differed(long id, Map<PartitionKey, Long> position, String rebuilt, String live, String error) {
        jdbc.update("UPDATE replay SET status = 'FAILED', finished_at = now(), position = ?::jsonb, "
                + "rebuilt_checksum = ?, live_checksum = ?, error = ? WHERE id = ?", write(position), rebuilt, live,
                error, id);
    }

    List<Long> all() {
        return jdbc.queryForList("SELECT id FROM replay", Long.class);
    }

    void fail(long id, String error) {
        jdbc.update("UPDATE replay SET status = 'FAILED', finished_at = now(), error = ? WHERE id = ?", error, id);
    }

    /** Replays left running by a service that stopped: they will never finish. */
    List<Long> running() {
        return jdbc.queryForList("SELECT id FROM replay WHERE status = 'RUNNING'", Long.class);
    }

    Optional<Replay> find(long id) {
        return jdbc.query("SELECT * FROM replay WHERE id = ?", this::read, id).stream().findFirst();
    }

    List<Replay> latest(int limit) {
        return jdbc.query("SELECT * FROM replay ORDER BY id DESC LIMIT ?", this::read, limit);
    }

    private Replay read(ResultSet row, int n) throws SQLException {
        Timestamp from = row.getTimestamp("from_time");
        Timestamp finished = row.getTimestamp("finished_at");
        String position = row.getString("position");
        return Replay.progress(row.getLong("id"), Status.valueOf(row.getString("status")),
                row.getString("requested_by"), from == null ? null : from.toInstant(),
                row.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant(),
                row.getLong("events_done"), row.getLong("events_total"), position == null ? null : readPosition(position),
                row.getString("rebuilt_checksum"), row.getString("live_checksum"),
                row.getObject("live_held_ms", Long.class), row.getString("error"), Instant.now());
    }

    private Map<String, Long> readPosition(String position) {
        try {
            return json.readValue(position, POSITION);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored replay position is unreadable", e);
        }
    }

    /** The position as the operator reads it, partition names in order: {"topic-0": 41, "topic-1": 37}. */
    private String write(Map<PartitionKey, Long> position) {
        Map<String, Long> printable = new TreeMap<>();
        position.forEach((partition, offset) -> printable.put(partition.toString(), offset));
        try {
            return json.writeValueAsString(printable);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store a replay position", e);
        }
    }
}
