package org.entente.query.deadlines;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The institutions' calendar feeds. A feed's secret (256 random bits) is given once, as it is made; only its SHA-256
 * is kept. An institution has one open feed at most: a new one revokes the one before, so a URL passed around
 * too widely is ended by making another.
 */
@Repository
class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SELECT = "SELECT institution_id, language, created_at, created_by FROM calendar_feed ";
    private static final RowMapper<OpenFeed> ROW = (row, n) -> new OpenFeed(row.getString(1), row.getString(2),
            row.getTimestamp(3).toInstant(), row.getString(4));

    private final JdbcTemplate jdbc;

    CalendarFeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new open feed for the institution, the one before revoked; returns its secret. */
    @Transactional
    String open(String institutionId, String language, String createdBy, Instant now) {
        // Two feeds made at once for one institution take turns: the second revokes the first, as one after another.
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext('calendar_feed:' || ?))",
                (ResultSetExtractor<Void>) rows -> null, institutionId);
        revoke(institutionId, now);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO calendar_feed (secret_sha256, institution_id, language, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?)", sha256(secret), institutionId, language, Timestamp.from(now), createdBy);
        return secret;
    }

    /** Whether the institution had an open feed, now revoked. */
    boolean revoke(String institutionId, Instant now) {
        return jdbc.update("UPDATE calendar_feed SET revoked_at = ? WHERE institution_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), institutionId) > 0;
    }

    Optional<OpenFeed> openOf(String institutionId) {
        return jdbc.query(SELECT + "WHERE institution_id = ? AND revoked_at IS NULL", ROW, institutionId).stream()
                .findFirst();
    }

    /** The open feed this secret opens; none for an unknown or revoked secret. */
    Optional<OpenFeed> bySecret(String secret) {
        return jdbc.query(SELECT + "WHERE secret_sha256 = ? AND revoked_at IS NULL", ROW, sha256(secret)).stream()
                .findFirst();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** An institution's open feed: in which language it speaks, since when and made by whom (never its secret). */
    record OpenFeed(String institutionId, String language, Instant createdAt, String createdBy) {
    }
}
