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
import java.util.List;

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

    /**
     * Loads the backup and the persons' keys file (the newest, which may be younger than the backup): the values of
     * a person whose key is in no keys file any more were erased since the backup, so they are not restored, and
     * their erasure is recorded by the restored installation.
     */
    static void into(Database database, RestorableBackup backup, RestorableBackup personKeys)
            throws SQLException, IOException {
        OneTransaction.run(database, connection -> {
            requireEmpty(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copyIn(copy, backup, BackupTable.ALL);
            copyIn(copy, personKeys, BackupTable.PERSON_KEYS_FILE);
            continueTheSequence(connection);
            // The figures are the backup's, checked before what the newer keys file says is forgotten.
            requireFigures(connection, backup.manifest());
            forgetTheErased(connection);
            rebuildTheCalendars(connection);
        });
    }

    private static void copyIn(CopyManager copy, RestorableBackup file, List<BackupTable> tables)
            throws SQLException, IOException {
        for (BackupTable table : tables) {
            try (InputStream rows = table.rows(file.stream(table.entry()))) {
                copy.copyIn(table.copyIn(), rows);
            }
        }
    }

    /**
     * A value whose person has no key was erased after the backup was taken: it is deleted, and its commitment put
     * on the list of erasures whose {@code PersonalDataErased} event the restored command-service records; the
     * outcomes of an erased person's idempotent requests are deleted too.
     */
    private static void forgetTheErased(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            String keyless = "NOT EXISTS (SELECT 1 FROM vault_key k WHERE k.person_id = v.person_id)";
            statement.execute("INSERT INTO vault_erasure_pending (commitment, partnership_id, ground, requested_at) "
                    + "SELECT v.commitment, v.partnership_id, 'PERSON_REQUEST', now() FROM vault_value v WHERE "
                    + keyless + " ON CONFLICT (commitment) DO NOTHING");
            statement.execute("DELETE FROM vault_value v WHERE " + keyless);
            // And the outcomes of their idempotent requests, which name them by the digest of their identifier.
            statement.execute("DELETE FROM idempotency_key i WHERE i.caller IN (SELECT person_digest FROM "
                    + "vault_erasure) AND NOT EXISTS (SELECT 1 FROM vault_key k WHERE "
                    + "encode(sha256(convert_to(k.person_id, 'UTF8')), 'hex') = i.caller)");
        }
    }

    /** Writers wait for the commit; readers (the publisher) see nothing until then. */
    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE domainevententry, idempotency_key, ledger_leaf, ledger_head, ledger_checkpoint, "
                    + "vault_key, vault_value, vault_erasure, vault_erasure_pending IN EXCLUSIVE MODE");
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
