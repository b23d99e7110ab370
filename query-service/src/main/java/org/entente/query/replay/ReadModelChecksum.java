package org.entente.query.replay;

import org.entente.query.readmodel.Tables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the content of a generation of the read models, row by row in a fixed order. It covers what
 * readers are served (events, partnership states, partners, parked records) and leaves out what only says when
 * or in which order this copy received them (feed positions, reception times and offsets, parking ids and times),
 * so that two generations fed the same records have the same checksum, and any other difference shows.
 *
 * <p>Each table is digested inside PostgreSQL: a SHA-256 of each row's text (a row value's text output, where
 * a null and an empty string differ), then a SHA-256 of those in key order. Only four digests leave the database,
 * which keeps the switch of a replay, when the live tables are held, short; text keys sort bytewise ("C"), the
 * same everywhere and faster than a language's collation.
 */
@Component
class ReadModelChecksum {

    private final JdbcTemplate jdbc;

    ReadModelChecksum(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String of(Tables tables) {
        MessageDigest digest = sha256();
        for (String table : digests(tables)) {
            String tableDigest = jdbc.queryForObject(table, String.class);
            digest.update((tableDigest == null ? "empty" : tableDigest).getBytes(StandardCharsets.US_ASCII));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> digests(Tables tables) {
        return List.of(
                digest("event_id, partnership_id, sequence, type, occurred_at, actor_id, actor_institution, "
                        + "correlation_id, causation_id, data, envelope_version", tables.events(),
                        "event_id COLLATE \"C\""),
                digest("id, reference, title, purpose, type, legal_basis, territory, status, lead_institution_id, "
                                + "terms, terms_version, terms_hash, proposed_at, last_sequence, last_event_at, state",
                        tables.partnerships(), "id"),
                digest("partnership_id, institution_id, name, kind, role, status, since", tables.partners(),
                        "partnership_id, institution_id COLLATE \"C\""),
                digest("partnership_id, kind, due_on, standing, period_start, period_end, late_from",
                        tables.deadlines(), "partnership_id, kind COLLATE \"C\", due_on"),
                digest("event_id, partnership_key, sequence, type, cause, topic, kafka_partition, kafka_offset",
                        tables.parked(), "topic COLLATE \"C\", kafka_partition, kafka_offset"));
    }

    private static String digest(String columns, String table, String order) {
        return "SELECT encode(sha256(string_agg(sha256(convert_to(ROW(" + columns + ")::text, 'UTF8')), ''::bytea "
                + "ORDER BY " + order + ")), 'hex') FROM " + table;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
