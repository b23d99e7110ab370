package org.entente.cli.backup;

import org.entente.devstack.Database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The notifier's log of mails in its own database, as a backup reads it: none where no notifier ever ran (no such
 * database, or one it never set up).
 */
final class NotifierMailLog {

    /** PostgreSQL's "invalid catalog name": the database does not exist. */
    private static final String NO_SUCH_DATABASE = "3D000";

    private NotifierMailLog() {
    }

    static BackupArchive.MailLog in(Database database) {
        return () -> {
            Connection connection;
            try {
                connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                        database.password());
            } catch (SQLException absent) {
                if (NO_SUCH_DATABASE.equals(absent.getSQLState())) {
                    return Optional.empty();
                }
                throw absent;
            }
            DatabaseSnapshot snapshot;
            try {
                snapshot = new DatabaseSnapshot(connection);
            } catch (SQLException unusable) {
                connection.close();
                throw unusable;
            }
            if (snapshot.holds(BackupTable.MAILS.name())) {
                return Optional.of(snapshot);
            }
            snapshot.close();
            return Optional.empty();
        };
    }
}
