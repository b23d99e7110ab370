package org.entente.cli.backup;

import org.entente.devstack.Database;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a backup's log of mails into the notifier's empty database, in one transaction, before the restored events
 * reach the topic: the notifier then reads every event again, finds each mail it had queued under its key (event,
 * reminder, address), and queues none of them twice. The mails that were still waiting go out, as they would have.
 */
final class MailLogLoad {

    private MailLogLoad() {
    }

    static void into(Database notifier, RestorableBackup backup) throws SQLException, IOException {
        OneTransaction.run(notifier, connection -> {
            requireEmpty(connection);
            long loaded;
            try (InputStream rows = BackupTable.MAILS.rows(backup.stream(BackupTable.MAILS.entry()))) {
                loaded = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(BackupTable.MAILS.copyIn(), rows);
            }
            if (loaded != backup.manifest().mails()) {
                throw new IllegalStateException("the backup loaded " + loaded + " mails of the notifier's log; its "
                        + "manifest states " + backup.manifest().mails());
            }
            try (Statement statement = connection.createStatement()) {
                // The next mail queued follows the last restored one.
                statement.execute("SELECT setval(pg_get_serial_sequence('mail', 'id'), greatest(max(id), 1), "
                        + "max(id) IS NOT NULL) FROM mail");
            }
        });
    }

    /** The notifier queues nothing meanwhile: the topic it reads is empty until the events are loaded. */
    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE mail IN EXCLUSIVE MODE");
            try (ResultSet mails = statement.executeQuery("SELECT count(*) FROM mail")) {
                mails.next();
                if (mails.getLong(1) > 0) {
                    throw new IllegalStateException("the notifier's log already holds " + mails.getLong(1)
                            + " mails: a backup is restored into an empty installation only");
                }
            }
        }
    }
}
