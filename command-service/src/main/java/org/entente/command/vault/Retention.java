package org.entente.command.vault;

import org.entente.events.ErasureGround;
import org.entente.events.Personal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * The retention period of each kind of personal data ({@link RetentionPeriods}): a value recorded longer ago than
 * its kind's period is erased, as an erasure at the person's request is, on the ground {@code RETENTION_ENDED}: its
 * row deleted and its commitment put aside for its partnership's {@code PersonalDataErased} event. The person's key
 * stays, for the values of theirs still kept.
 */
@Component
class Retention {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RetentionPeriods periods;
    private final Clock clock;

    Retention(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, RetentionPeriods periods,
              Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.periods = periods;
        this.clock = clock;
    }

    /** Erases every value past its kind's period, in one transaction; how many. */
    int expire() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Integer expired = transactions.execute(status -> {
            int count = 0;
            for (Personal.Kind kind : Personal.Kind.values()) {
                MapSqlParameterSource values = new MapSqlParameterSource("kind", kind.name())
                        .addValue("before", Timestamp.from(now.minus(periods.of(kind)).toInstant()))
                        .addValue("ground", ErasureGround.RETENTION_ENDED.name())
                        .addValue("now", Timestamp.from(now.toInstant()));
                jdbc.update("INSERT INTO vault_erasure_pending (commitment, partnership_id, ground, requested_at) "
                        + "SELECT commitment, partnership_id, :ground, :now FROM vault_value WHERE kind = :kind "
                        + "AND recorded_at < :before ON CONFLICT (commitment) DO NOTHING", values);
                count += jdbc.update("DELETE FROM vault_value WHERE kind = :kind AND recorded_at < :before", values);
            }
            return count;
        });
        return expired == null ? 0 : expired;
    }
}
