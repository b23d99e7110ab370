package org.entente.cli.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One consistent view of the command database, read while the installation runs: a read-only repeatable-read
 * transaction sees every table as of one instant, so the idempotency records match the events they answered
 * (both are written in the same transaction by command-service) and a command committing meanwhile is either
 * wholly in the backup or wholly out of it.
 */
final class EventStoreSnapshot implements AutoCloseable {

    private final Connection connection;

    EventStoreSnapshot(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    EventStoreFigures figures() throws SQLException {
        return EventStoreFigures.of(connection);
    }

    /** Writes the table as CSV with its header; answers the number of rows. */
    long copy(BackupTable table, OutputStream out) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        return copy.copyOut(table.copyOut(), out);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
