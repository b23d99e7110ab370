package org.entente.notifier.mail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The mails in the notifier's database: queued once per key, whatever reads the topic twice; taken one at a time
 * by whichever postman locks it first, so that instances of the notifier never deliver the same mail together.
 */
@Repository
public class Outbox {

    private final JdbcClient database;

    Outbox(JdbcClient database) {
        this.database = database;
    }

    /** Queues the mail unless one with its key is queued already; answers whether it was new. */
    public boolean queue(QueuedMail mail, Instant now) {
        return database.sql("""
                        INSERT INTO mail (mail_key, event_id, partnership_id, kind, institution_id, address, language,
                                          subject, body, queued_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (mail_key) DO NOTHING""")
                .params(mail.key(), mail.eventId(), mail.partnershipId(), mail.kind(), mail.institution(),
                        mail.address(), mail.language(), mail.text().subject(), mail.text().body(),
                        Timestamp.from(now), Timestamp.from(now))
                .update() == 1;
    }

    /** The mail due first, locked until the caller's transaction ends; another postman skips it meanwhile. */
    Optional<PendingMail> lockNextDue(Instant now) {
        return database.sql("""
                        SELECT id, mail_key, address, subject, body, failures FROM mail
                        WHERE sent_at IS NULL AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query((row, number) -> new PendingMail(row.getLong("id"), row.getString("mail_key"),
                        row.getString("address"), row.getString("subject"), row.getString("body"),
                        row.getInt("failures")))
                .optional();
    }

    void sent(long id, Instant at) {
        database.sql("UPDATE mail SET sent_at = ?, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void failed(long id, int failures, Instant nextAttempt, String error) {
        database.sql("UPDATE mail SET failures = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
                .params(failures, Timestamp.from(nextAttempt), error, id).update();
    }

    /** What waits to be delivered. */
    public Backlog backlog() {
        return database.sql("""
                        SELECT count(*) AS waiting, count(*) FILTER (WHERE failures > 0) AS failing,
                               min(queued_at) AS oldest,
                               (SELECT last_error FROM mail WHERE sent_at IS NULL AND failures > 0
                                ORDER BY next_attempt_at DESC, id DESC LIMIT 1) AS last_error
                        FROM mail WHERE sent_at IS NULL""")
                .query((row, number) -> new Backlog(row.getLong("waiting"), row.getLong("failing"),
                        Optional.ofNullable(row.getTimestamp("oldest")).map(Timestamp::toInstant).orElse(null),
                        row.getString("last_error")))
                .single();
    }
}
