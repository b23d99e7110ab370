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
 * which must be parked. Parking a good record because the database blinked would be a silent gap.
 */
final class DatabaseFailures {

    /** SQLSTATE classes of connection loss, rollbacks (deadlock, serialization), resources and shutdown. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");

    private DatabaseFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                    || e instanceof DataAccessResourceFailureException || e instanceof CannotCreateTransactionException
                    || e instanceof TransactionSystemException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                    && TRANSIENT_CLASSES.contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }
}
