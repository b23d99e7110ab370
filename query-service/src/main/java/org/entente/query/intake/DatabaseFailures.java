package org.entente.query.intake;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of the database, which passes and must be retried, from a record that cannot be applied,
 * which must be parked. Parking a good record because the database blinked (a lost connection, a deadlock, a
 * standby after a failover, a missing grant) would be a silent gap; so only what the record's own data causes
 * in the database (SQLSTATE classes 22, data exceptions, and 23, constraint violations) and failures outside the
 * database count as the record's.
 */
final class DatabaseFailures {

    private static final Set<String> CAUSED_BY_THE_DATA = Set.of("22", "23");

    private DatabaseFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                    || e instanceof DataAccessResourceFailureException || e instanceof CannotCreateTransactionException
                    || e instanceof TransactionSystemException) {
                return true;
            }
            if (e instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || state.length() < 2 || !CAUSED_BY_THE_DATA.contains(state.substring(0, 2));
            }
        }
        return false;
    }
}
