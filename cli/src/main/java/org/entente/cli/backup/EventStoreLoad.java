package org.entente.cli.backup;

import org.entente.devstack.Database;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads a backup's tables into an empty command database, in one transaction: either every event and record is
 * there, with the figures the manifest states, or nothing is. The events keep their global index, so the event
 * sequence continues after the last of them. The running publisher sees them all at the commit and publishes them
 * to the installation's topic, from which the query side rebuilds its read models.
 */
final class EventStoreLoad {

    /** The command service's one-time task that keeps the items of every activated partnership. */
    static final String CALENDAR_REBUILD = "calendar-backfill";

    private EventStoreLoad() {
    }

    static void into(Database database, RestorableBackup backup) throws SQLException, IOException {
        OneTransaction.run(database, connection -> {
            requireEmpty(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (BackupTable table : BackupTable.ALL) {
                try (InputStream rows = table.rows(backup.stream(table.entry()))) {
                    copy.copyIn(table.copyIn(), rows);
                }
            }
            continueTheSequence(connection);
            requireFigures(connection, backup.manifest());
            rebuildTheCalendars(connection);
        });
    }

    /** Writers wait for the commit; readers (the publisher) see nothing until then. */
    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE domainevententry, idempotency_key, ledger_leaf, ledger_head, ledger_checkpoint, "
                    + "vault_key, vault_value IN EXCLUSIVE MODE");
            try (ResultSet events = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
                events.next();
                if (events.getLong(1) > 0) {
                    throw new IllegalStateException("the event store already holds " + events.getLong(1)
                            + " events: a backup is restored into an empty installation only");
                }
            }
            // The empty installation has signed its empty tree already; the backup brings that checkpoint too.
            statement.execute("DELETE FROM ledger_checkpoint WHERE tree_size = 0");
        }
    }

    /** The event sequence and the ledger's next index continue after the restored events. */
    private static void continueTheSequence(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), "
                    + "greatest(max(globalindex), 1), max(globalindex) IS NOT NULL) FROM domainevententry");
            // The next leaf index follows the last restored one.
            statement.execute("UPDATE ledger_head SET size = (SELECT count(*) FROM ledger_leaf)");
        }
    }

    /**
     * The scheduler's due items are not in a backup: they follow from the events. The command service's calendar
     * rebuild (the task that brought the scheduler in) is planned again, due at once, in the load's transaction:
     * it keeps every activated partnership's items, and records those whose day passed since the backup, once.
     */
    private static void rebuildTheCalendars(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version) "
                    + "VALUES ('" + CALENDAR_REBUILD + "', 'after-restore', timestamp with time zone "
                    + "'1970-01-01 00:00:00+00', false, 1) ON CONFLICT DO NOTHING");
        }
    }

    private static void requireFigures(Connection connection, BackupManifest manifest) throws SQLException {
        EventStoreFigures loaded = EventStoreFigures.of(connection);
        if (!loaded.equals(EventStoreFigures.of(manifest))) {
            throw new IllegalStateException("the backup loaded " + loaded + "; its manifest states "
                    + EventStoreFigures.of(manifest));
        }
    }
}
