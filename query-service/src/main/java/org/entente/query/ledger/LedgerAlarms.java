package org.entente.query.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** The monitor's alarms: kept, counted ({@code entente.ledger.alarms}), logged, listed for operators. */
@Repository
class LedgerAlarms {

    private static final Logger log = LoggerFactory.getLogger(LedgerAlarms.class);

    record Alarm(long id, Instant raisedAt, String kind, String detail, Long treeSize) {
    }

    private final JdbcTemplate jdbc;
    private final Counter raised;

    LedgerAlarms(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.raised = Counter.builder("entente.ledger.alarms")
                .description("Mismatches the ledger monitor found between the checkpoints and the log it rebuilt")
                .register(meters);
    }

    void raise(String kind, String detail, Long treeSize) {
        log.error("Ledger alarm ({}): {}", kind, detail);
        jdbc.update("INSERT INTO ledger_alarm (kind, detail, tree_size) VALUES (?, ?, ?)", kind, detail, treeSize);
        raised.increment();
    }

    long count() {
        return jdbc.queryForObject("SELECT count(*) FROM ledger_alarm", Long.class);
    }

    List<Alarm> all() {
        return jdbc.query("SELECT id, raised_at, kind, detail, tree_size FROM ledger_alarm ORDER BY id",
                (row, n) -> new Alarm(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                        row.getString(4), row.getObject(5, Long.class)));
    }
}
