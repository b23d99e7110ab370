package org.entente.query.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.query.intake.ParkedEvent.Cause;
import org.entente.query.readmodel.Tables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The dead-letter table: parked records, each partnership's in the order they must be applied. */
@Repository
public class ParkedEvents {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    /** A parked record's sequence order; records without a readable sequence keep their arrival order, last. */
    private static final String IN_ORDER = " ORDER BY sequence NULLS LAST, id";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ParkedEvents(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean containsEvent(Tables tables, String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + tables.parked() + " WHERE event_id = ?)", Boolean.class, eventId));
    }

    /** Which of these event ids {@code tables} holds parked. */
    Set<String> parkedEvents(Tables tables, Collection<String> eventIds) {
        return new HashSet<>(jdbc.queryForList("SELECT event_id FROM " + tables.parked() + " WHERE event_id = ANY (?)",
                String.class, (Object) eventIds.toArray(String[]::new)));
    }

    /** Which of these partnerships have a parked record, which their later records wait behind. */
    Set<String> blocked(Tables tables, Collection<String> partnershipKeys) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT partnership_key FROM " + tables.parked()
                + " WHERE partnership_key = ANY (?)", String.class, (Object) partnershipKeys.toArray(String[]::new)));
    }

    /** {@link #lockSequence} for several partnerships in one statement, in one order for every caller. */
    void lockSequences(Tables tables, Collection<String> partnershipKeys) {
        String[] keys = partnershipKeys.stream().map(key -> tables.parked() + ':' + key).sorted()
                .toArray(String[]::new);
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(?::text[]) AS k ORDER BY k",
                row -> {
                }, (Object) keys);
    }

    /** The first parked record of the partnership, which every later one of its records waits behind. */
    Optional<ParkedEvent> firstOf(Tables tables, String partnershipKey) {
        return jdbc.query("SELECT * FROM " + tables.parked() + " WHERE partnership_key = ?" + IN_ORDER + " LIMIT 1",
                this::read, partnershipKey).stream().findFirst();
    }

    /**
     * Serialises the intake and retries of one partnership, until the transaction ends: a record arriving while
     * the partnership's parked records are retried waits, then finds them applied or still parked.
     */
    void lockSequence(Tables tables, String partnershipKey) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", row -> {
        }, tables.parked() + ':' + partnershipKey);
    }

    /**
     * Parks a record. A record parked before keeps its id and first parking time and counts one more attempt, so
     * that an operator follows one parked event through its retries.
     */
    void park(Tables tables, ReceivedRecord record, Cause cause, String error, ParkedEvent before) {
        Instant now = Instant.now();
        jdbc.update("INSERT INTO " + tables.parked() + """
                         (id, event_id, partnership_key, sequence, type, cause, error, topic, kafka_partition,
                            kafka_offset, record_key, headers, payload, attempts, parked_at, last_attempt_at)
                        VALUES (COALESCE(?, nextval('parked_event_id_seq')), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?,
                            ?, ?, ?)""",
                before == null ? null : before.id(), record.eventId(), record.partnershipKey(), record.sequence(),
                record.header("ce_type"), cause.name(), error.replace('\u0000', '\uFFFD'), record.topic(),
                record.partition(), record.offset(), record.key(), write(record.headers()), record.value(),
                before == null ? 1 : before.attempts() + 1,
                Timestamp.from(before == null ? now : before.parkedAt()), Timestamp.from(now));
    }

    /** Takes the partnership's parked records off the table, in the order they must be applied, to retry them. */
    List<ParkedEvent> takeSequenceOf(Tables tables, String partnershipKey) {
        List<ParkedEvent> sequence = jdbc.query("SELECT * FROM " + tables.parked() + " WHERE partnership_key = ?"
                + IN_ORDER, this::read, partnershipKey);
        jdbc.update("DELETE FROM " + tables.parked() + " WHERE partnership_key = ?", partnershipKey);
        return sequence;
    }

    /** Takes one record off the table: one whose partnership is unknown waits behind nothing. */
    List<ParkedEvent> take(Tables tables, long id) {
        List<ParkedEvent> one = jdbc.query("SELECT * FROM " + tables.parked() + " WHERE id = ?", this::read, id);
        jdbc.update("DELETE FROM " + tables.parked() + " WHERE id = ?", id);
        return one;
    }

    public Optional<ParkedEvent> find(long id) {
        return jdbc.query("SELECT * FROM parked_event WHERE id = ?", this::read, id).stream().findFirst();
    }

    /** The live parked records, a partnership's together and in order, optionally of one partnership only. */
    public List<ParkedEvent> page(String partnershipKey, long offset, int limit) {
        return jdbc.query("SELECT * FROM parked_event WHERE ?::text IS NULL OR partnership_key = ?"
                        + " ORDER BY partnership_key, sequence NULLS LAST, id OFFSET ? LIMIT ?", this::read,
                partnershipKey, partnershipKey, offset, limit);
    }

    public long count(String partnershipKey) {
        return jdbc.queryForObject("SELECT count(*) FROM parked_event WHERE ?::text IS NULL OR partnership_key = ?",
                Long.class, partnershipKey, partnershipKey);
    }

    private ParkedEvent read(ResultSet row, int n) throws SQLException {
        ReceivedRecord record = new ReceivedRecord(row.getString("topic"), row.getInt("kafka_partition"),
                row.getLong("kafka_offset"), row.getString("record_key"), readHeaders(row.getString("headers")),
                row.getBytes("payload"));
        return new ParkedEvent(row.getLong("id"), row.getString("event_id"), row.getString("partnership_key"),
                row.getObject("sequence", Long.class), row.getString("type"), Cause.valueOf(row.getString("cause")),
                row.getString("error"), row.getInt("attempts"), row.getTimestamp("parked_at").toInstant(),
                row.getTimestamp("last_attempt_at").toInstant(), record);
    }

    private Map<String, String> readHeaders(String document) {
        try {
            return json.readValue(document, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headers are unreadable", e);
        }
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store headers", e);
        }
    }
}
