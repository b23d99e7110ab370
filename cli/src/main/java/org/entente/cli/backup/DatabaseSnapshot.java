package org.entente.cli.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One consistent view of a database, read while the installation runs: a read-only repeatable-read transaction
 * sees every table as of its first read. In the command database the idempotency records then match the events they
 * answered (both are written in the same transaction by command-service), and a command committing meanwhile is
 * either wholly in the backup or wholly out of it.
 */
final class DatabaseSnapshot implements AutoCloseable {

    private final Connection connection;

    DatabaseSnapshot(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    /** The event store's figures, when this is the command database: its first read fixes the snapshot. */
    EventStoreFigures figures() throws SQLException {
        return EventStoreFigures.of(connection);
    }

    /** Whether the database has this table (the notifier's, once it ran there). */
    boolean holds(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getBoolean(1);
            }
        }
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
