package org.entente.query.replay;

import org.entente.query.readmodel.Tables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the content of a generation of the read models, row by row in a fixed order. It covers what
 * readers are served (events, partnership states, partners, parked records) and leaves out what only says when
 * or in which order this copy received them (feed positions, reception times, parking ids and times), so
 * that two generations fed the same records have the same checksum, and any other difference shows.
 */
@Component
class ReadModelChecksum {

    private final JdbcTemplate jdbc;

    ReadModelChecksum(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // Streams the rows through a cursor (inside a transaction) instead of loading millions at once.
        this.jdbc.setFetchSize(5_000);
    }

    String of(Tables tables) {
        MessageDigest digest = sha256();
        for (String query : queries(tables)) {
            digest.update((byte) 0x1d);
            jdbc.query(query, row -> {
                int columns = row.getMetaData().getColumnCount();
                for (int column = 1; column <= columns; column++) {
                    String value = row.getString(column);
                    digest.update(value == null ? new byte[] {0} : value.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            });
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<String> queries(Tables tables) {
        return List.of(
                "SELECT event_id, partnership_id, sequence, type, occurred_at, actor_id, actor_institution,"
                        + " correlation_id, causation_id, data FROM " + tables.events() + " ORDER BY event_id",
                "SELECT id, reference, title, purpose, type, legal_basis, territory, status, lead_institution_id, terms,"
                        + " terms_version, terms_hash, proposed_at, last_sequence, last_event_at, state FROM "
                        + tables.partnerships() + " ORDER BY id",
                "SELECT partnership_id, institution_id, name, kind, role, status, since FROM " + tables.partners()
                        + " ORDER BY partnership_id, institution_id",
                "SELECT event_id, partnership_key, sequence, type, cause, topic, kafka_partition, kafka_offset FROM "
                        + tables.parked() + " ORDER BY topic, kafka_partition, kafka_offset");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
