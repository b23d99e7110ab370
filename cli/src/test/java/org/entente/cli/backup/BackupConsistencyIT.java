package org.entente.cli.backup;

import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup is consistent while commands commit: taken during a stream of transactions that each append an event
 * and its idempotency record, every backup holds whole transactions only — each record with its event, each event
 * with its record — and restores byte for byte what the source held at that instant. A load into a database that
 * already holds events is refused and changes nothing. The notifier's log of mails is carried whole, and loaded
 * into an empty log only. Runs on the services' own schemas (their Flyway scripts) on a real PostgreSQL.
 */
class BackupConsistencyIT {

    private static PostgresServer postgres;

    @TempDir
    Path directory;

    @BeforeAll
    static void startPostgres() {
        postgres = PostgresServer.startForTests();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void backupsTakenWhileCommandsCommit_holdWholeTransactions_andRestoreExactlyWhatTheSourceHeld() throws Exception {
        Database source = commandDatabase();
        DevSigningKey.loadOrCreate(directory);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong committed = new AtomicLong();
        Thread writer = new Thread(() -> appendUntilStopped(source, writing, committed));
        writer.start();
        try {
            for (int backup = 0; backup < 5; backup++) {
                long before = committed.get();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (committed.get() < before + 50) {
                    assertThat(System.nanoTime()).as("50 more commits within 60 s: %d committed, %d before, "
                            + "writer alive: %s", committed.get(), before, writer.isAlive()).isLessThan(deadline);
                    Thread.sleep(5);
                }
                Path file = directory.resolve("backup-" + backup);
                BackupManifest manifest = backUp(source, file);
                assertThat(manifest.events()).isEqualTo(manifest.idempotencyRecords()).isPositive();
                Database restored = commandDatabase();
                restore(restored, file, PersonKeysArchive.beside(file));
                assertThat(scalar(restored, "SELECT count(*) FROM idempotency_key i WHERE NOT EXISTS (SELECT 1 "
                        + "FROM domainevententry e WHERE e.eventidentifier = i.location)")).isZero();
                assertThat(content(restored, manifest.lastGlobalIndex()))
                        .isEqualTo(content(source, manifest.lastGlobalIndex()));
            }
        } finally {
            writing.set(false);
            writer.join();
        }
        assertThat(committed.get()).isGreaterThan(250);
    }

    @Test
    void aLoadIntoADatabaseThatHoldsEvents_isRefused_andChangesNothing() throws Exception {
        Database source = commandDatabase();
        appendOne(source, 1);
        Path file = directory.resolve("backup");
        backUp(source, file);
        try (RestorableBackup backup = RestorableBackup.open(file);
             RestorableBackup keys = RestorableBackup.openPersonKeys(PersonKeysArchive.beside(file))) {
            assertThatThrownBy(() -> EventStoreLoad.into(source, backup, keys)).hasMessageContaining(
                    "the event store already holds 1 events: a backup is restored into an empty installation only");
        }
        assertThat(scalar(source, "SELECT count(*) FROM domainevententry")).isEqualTo(1);
        assertThat(scalar(source, "SELECT count(*) FROM idempotency_key")).isEqualTo(1);
    }

    @Test
    void afterARestore_theEventSequenceContinuesAfterTheLastRestoredEvent() throws Exception {
        Database source = commandDatabase();
        for (int i = 0; i < 3; i++) {
            appendOne(source, i);
        }
        Path file = directory.resolve("backup");
        backUp(source, file);
        Database restored = commandDatabase();
        restore(restored, file, PersonKeysArchive.beside(file));
        appendOne(restored, 3);
        assertThat(scalar(restored, "SELECT max(globalindex) FROM domainevententry")).isEqualTo(4);
        // The due items are not carried: the command service's calendar rebuild is planned, due at once.
        assertThat(scalar(restored, "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'calendar-backfill' "
                + "AND task_instance = 'after-restore' AND execution_time < now()")).isEqualTo(1);
    }

    @Test
    void theNotifiersLogOfMails_isCarriedWhole_andLoadedIntoAnEmptyLogOnly() throws Exception {
        Database source = commandDatabase();
        appendOne(source, 1);
        Database log = notifierDatabase();
        queue(log, "sent", "2026-12-01 10:00:00+00");
        queue(log, "waiting, \"quoted\"\nover two lines", null);
        queue(log, "sent too", "2026-12-02 10:00:00+00");
        Path file = directory.resolve("backup");
        BackupManifest manifest = BackupArchive.write(file, new DatabaseSnapshot(connect(source)),
                NotifierMailLog.in(log), directory);
        assertThat(manifest.hasMailLog()).isTrue();
        assertThat(manifest.mails()).isEqualTo(3);

        Database restored = notifierDatabase();
        try (RestorableBackup backup = RestorableBackup.open(file)) {
            MailLogLoad.into(restored, backup);
            assertThat(mails(restored)).isEqualTo(mails(log));
            queue(restored, "after the restore", null);
            assertThat(scalar(restored, "SELECT max(id) FROM mail")).isEqualTo(4);

            assertThatThrownBy(() -> MailLogLoad.into(restored, backup)).hasMessageContaining(
                    "the notifier's log already holds 4 mails: a backup is restored into an empty installation only");
        }
        assertThat(scalar(restored, "SELECT count(*) FROM mail")).isEqualTo(4);
    }

    @Test
    void aBackupWhereNoNotifierEverRan_carriesNoMailLog() throws Exception {
        Database source = commandDatabase();
        appendOne(source, 1);
        Database never = new Database(source.jdbcUrl().replaceAll("/[^/]+$", "/no_notifier_here"),
                source.username(), source.password());
        Path file = directory.resolve("backup");
        BackupManifest manifest = BackupArchive.write(file, new DatabaseSnapshot(connect(source)),
                NotifierMailLog.in(never), directory);
        assertThat(manifest.hasMailLog()).isFalse();
        assertThat(manifest.mails()).isZero();
        try (RestorableBackup backup = RestorableBackup.open(file)) {
            assertThat(backup.manifest().hasMailLog()).isFalse();
        }
    }

    /**
     * Issue 21, requirement 5: a backup taken before a person's erasure, restored with the persons' keys file of a
     * later backup, brings none of their values back — their key is in no keys file any more — and the restored
     * installation owes their erasure's events; everyone else's values and keys are restored as they were.
     */
    @Test
    void aBackupOlderThanAnErasure_restoredWithTheNewestPersonsKeys_bringsNoneOfTheErasedValuesBack()
            throws Exception {
        Database source = commandDatabase();
        appendOne(source, 1);
        execute(source, "INSERT INTO vault_key VALUES ('claire', decode(repeat('11', 32), 'hex'), now()), "
                + "('paul', decode(repeat('22', 32), 'hex'), now())");
        execute(source, "INSERT INTO vault_value (commitment, person_id, partnership_id, event_id, field, kind, "
                + "sealed, recorded_at) VALUES (repeat('a', 64), 'claire', 'p-1', 'e-1', 'actor.name', 'NAME', "
                + "'\\x01'::bytea, now()), (repeat('b', 64), 'claire', 'p-2', 'e-2', 'actor.id', 'PERSON_ID', "
                + "'\\x02'::bytea, now()), (repeat('c', 64), 'paul', 'p-1', 'e-3', 'actor.name', 'NAME', "
                + "'\\x03'::bytea, now())");
        execute(source, "INSERT INTO idempotency_key (caller, key, request_hash, status, body) VALUES "
                + "(encode(sha256('claire'::bytea), 'hex'), 'k-claire', 'h', 200, '{}'), "
                + "(encode(sha256('paul'::bytea), 'hex'), 'k-paul', 'h', 200, '{}')");
        Path old = directory.resolve("old");
        Files.createDirectories(old);
        backUp(source, old.resolve("backup"));
        execute(source, "DELETE FROM vault_value WHERE person_id = 'claire'");
        execute(source, "DELETE FROM vault_key WHERE person_id = 'claire'");
        execute(source, "INSERT INTO vault_erasure VALUES (encode(sha256('claire'::bytea), 'hex'), 'PERSON_REQUEST', "
                + "now())");
        Path newer = directory.resolve("newer");
        Files.createDirectories(newer);
        backUp(source, newer.resolve("backup"));

        Database restored = commandDatabase();
        restore(restored, old.resolve("backup"), PersonKeysArchive.beside(newer.resolve("backup")));

        assertThat(rows(restored, "SELECT person_id || ':' || left(commitment, 1) FROM vault_value"))
                .containsExactly("paul:c");
        assertThat(rows(restored, "SELECT person_id FROM vault_key")).containsExactly("paul");
        assertThat(rows(restored, "SELECT left(commitment, 1) || ':' || partnership_id || ':' || ground FROM "
                + "vault_erasure_pending ORDER BY 1")).containsExactly("a:p-1:PERSON_REQUEST", "b:p-2:PERSON_REQUEST");
        assertThat(rows(restored, "SELECT count(*) FROM vault_erasure")).containsExactly("1");
        assertThat(rows(restored, "SELECT key FROM idempotency_key WHERE key LIKE 'k-%'")).containsExactly("k-paul");
        try (ZipFile zip = new ZipFile(old.resolve("backup").toFile())) {
            assertThat(Collections.list(zip.entries())).extracting(ZipEntry::getName)
                    .noneMatch(name -> name.contains("vault_key"));
        }
    }

    @Test
    void aRestoreWithoutThePersonsKeysFile_isRefused_namingIt() throws Exception {
        Database source = commandDatabase();
        Path file = directory.resolve("backup");
        backUp(source, file);
        Files.delete(PersonKeysArchive.beside(file));

        assertThatThrownBy(() -> RestorableBackup.openPersonKeys(PersonKeysArchive.beside(file)))
                .isInstanceOf(RestorableBackup.Unusable.class).hasMessageContaining("no persons' keys file at")
                .hasMessageContaining("--person-keys");
        assertThatThrownBy(() -> RestorableBackup.openPersonKeys(file)).isInstanceOf(RestorableBackup.Unusable.class)
                .hasMessageContaining("its format is entente-backup/2; this Entente restores entente-person-keys/1");
    }

    /** As ./entente backup does: the backup, then the persons' keys file beside it, from one snapshot. */
    private BackupManifest backUp(Database source, Path file) throws Exception {
        try (DatabaseSnapshot snapshot = new DatabaseSnapshot(connect(source))) {
            BackupManifest manifest = BackupArchive.write(file, snapshot, directory);
            PersonKeysArchive.write(PersonKeysArchive.beside(file), snapshot);
            return manifest;
        }
    }

    private static void restore(Database target, Path file, Path keys) throws Exception {
        try (RestorableBackup backup = RestorableBackup.open(file);
             RestorableBackup persons = RestorableBackup.openPersonKeys(keys)) {
            EventStoreLoad.into(target, backup, persons);
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(Database database, String sql) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static void appendUntilStopped(Database database, AtomicBoolean writing, AtomicLong committed) {
        try (Connection connection = connect(database)) {
            for (long i = 0; writing.get(); i++) {
                append(connection, i);
                committed.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void appendOne(Database database, long i) throws SQLException {
        try (Connection connection = connect(database)) {
            append(connection, i);
        }
    }

    /** One command's transaction: its event and its idempotency record, as command-service writes them. */
    private static void append(Connection connection, long i) throws SQLException {
        connection.setAutoCommit(false);
        String eventId = UUID.randomUUID().toString();
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO domainevententry (eventidentifier, "
                + "aggregateidentifier, sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, "
                + "metadata) VALUES (?, ?, 0, 'Partnership', now()::text, 'PartnershipProposed', '1', ?, ?)");
             PreparedStatement record = connection.prepareStatement("INSERT INTO idempotency_key (caller, key, "
                     + "request_hash, status, location, body) VALUES ('ccas-metz', ?, 'h', 201, ?, ?)")) {
            event.setString(1, eventId);
            event.setString(2, UUID.randomUUID().toString());
            event.setBytes(3, ("{\"n\":" + i + ",\"quote\":\"a \\\"b\\\", c\\nd\"}").getBytes());
            event.setBytes(4, new byte[]{0, 1, (byte) 0xff, ',', '"', '\n'});
            event.executeUpdate();
            record.setString(1, "key-" + i);
            record.setString(2, eventId);
            record.setString(3, "{\"partnershipId\":\"" + eventId + "\"}\r\n\"quoted\", and more");
            record.executeUpdate();
        }
        connection.commit();
    }

    private Database commandDatabase() throws Exception {
        return migrated(Path.of("../command-service/src/main/resources/db/migration"));
    }

    private Database notifierDatabase() throws Exception {
        return migrated(Path.of("../notifier/src/main/resources/db/migration"));
    }

    /** A new database with a service's own schema: its Flyway scripts, in the order of their versions. */
    private static Database migrated(Path scripts) throws Exception {
        Database database = Databases.ensure(postgres.adminDatabase(), "backup_" + UUID.randomUUID().toString()
                .replace("-", "").substring(0, 16));
        List<Path> versions;
        try (Stream<Path> listed = Files.list(scripts)) {
            versions = listed.filter(script -> script.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(script -> Integer.parseInt(
                            script.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList();
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (Path script : versions) {
                statement.execute(Files.readString(script));
            }
        }
        return database;
    }

    /** A mail as the notifier queues it; {@code sentAt} null while it waits. */
    private static void queue(Database database, String body, String sentAt) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement mail = connection.prepareStatement(
                "INSERT INTO mail (mail_key, event_id, partnership_id, kind, institution_id, address, language, "
                        + "subject, body, queued_at, next_attempt_at, failures, last_error, sent_at) VALUES (?, ?, ?, "
                        + "'INVITATION', 'caf-57', 'direction@caf57.example', 'fr', 'Invitation', ?, now(), now(), ?, "
                        + "?, ?::timestamptz)")) {
            String eventId = UUID.randomUUID().toString();
            mail.setString(1, eventId + ":invitation:direction@caf57.example");
            mail.setString(2, eventId);
            mail.setObject(3, UUID.randomUUID());
            mail.setString(4, body);
            mail.setInt(5, sentAt == null ? 2 : 0);
            mail.setString(6, sentAt == null ? "421 try again later" : null);
            mail.setString(7, sentAt);
            mail.executeUpdate();
        }
    }

    /** Every mail, as text, in order: equal text means equal content. */
    private static String mails(Database database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT string_agg(m::text, '|' ORDER BY id) FROM mail m")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Every row of both tables up to an event, as text, in order: equal text means equal content. */
    private static String content(Database database, long lastGlobalIndex) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT string_agg(e::text, '|' ORDER BY globalindex) "
                     + "FROM domainevententry e WHERE globalindex <= " + lastGlobalIndex + "), (SELECT "
                     + "string_agg(i::text, '|' ORDER BY key) FROM idempotency_key i JOIN domainevententry e ON "
                     + "e.eventidentifier = i.location WHERE e.globalindex <= " + lastGlobalIndex + ")")) {
            rows.next();
            return rows.getString(1) + "\n" + rows.getString(2);
        }
    }

    private static long scalar(Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
