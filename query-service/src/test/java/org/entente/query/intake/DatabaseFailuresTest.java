package org.entente.query.intake;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the intake retries (the database failed) and what it parks (the record cannot be applied). */
class DatabaseFailuresTest {

    @Test
    void lostConnections_deadlocksAndShutdowns_areRetried() {
        assertThat(DatabaseFailures.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        assertThat(DatabaseFailures.isTransient(new DeadlockLoserDataAccessException("deadlock", null))).isTrue();
        assertThat(DatabaseFailures.isTransient(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isTransient(new IllegalStateException("wrapped",
                new SQLException("connection refused", "08001")))).isTrue();
        // A standby after a failover, a table or grant missing: the database's state, not the record's.
        assertThat(DatabaseFailures.isTransient(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("cannot execute INSERT in a read-only transaction", "25006")))).isTrue();
        assertThat(DatabaseFailures.isTransient(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("relation does not exist", "42P01")))).isTrue();
    }

    @Test
    void whatTheRecordItselfCauses_isParked() {
        assertThat(DatabaseFailures.isTransient(new IllegalStateException("TermsApproved came before its proposal")))
                .isFalse();
        assertThat(DatabaseFailures.isTransient(new DataIntegrityViolationException("value too long",
                new SQLException("value too long for type character varying(64)", "22001")))).isFalse();
        assertThat(DatabaseFailures.isTransient(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseFailures.isTransient(new UncategorizedSQLException("insert", "INSERT",
                new SQLException("invalid input syntax for type json", "22P02")))).isFalse();
        assertThat(DatabaseFailures.isTransient(new NullPointerException())).isFalse();
    }
}
