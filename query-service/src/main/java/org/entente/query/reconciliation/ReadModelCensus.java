package org.entente.query.reconciliation;

import org.entente.query.readmodel.Tables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts each partnership's sequence numbers in the live read models, and among the parked records. */
@Component
class ReadModelCensus {

    private final JdbcTemplate jdbc;

    ReadModelCensus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Census applied() {
        return census("SELECT partnership_id::text, sequence FROM " + Tables.LIVE.events());
    }

    /** Parked records without a readable partnership or sequence are counted as foreign ones. */
    Census parked() {
        return census("SELECT coalesce(partnership_key, '(no key)'), coalesce(sequence, -1) FROM "
                + Tables.LIVE.parked());
    }

    private Census census(String sql) {
        Census census = new Census();
        jdbc.query(sql, row -> {
            census.count(row.getString(1), row.getLong(2));
        });
        return census;
    }
}
