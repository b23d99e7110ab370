package org.entente.cli.backup;

import org.entente.devstack.DataDirectory;
import org.entente.devstack.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * {@code ./entente backup FILE}: a consistent copy of a running installation, taken without stopping it — its
 * event store (the source of truth), its idempotency records, the notifier's log of mails and its keys. Read models
 * and the scheduler's due items are not in it: a restore rebuilds them from the events.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent, restorable copy of the running installation (events, idempotency "
                + "records, the notifier's log of mails, keys) into FILE, without stopping it.")
public final class BackupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Where to write the backup (a zip; only its owner may read it)")
    Path file;

    @Option(names = "--database-url", description = "JDBC URL of the command database, when it is not on the "
            + "installation's own PostgreSQL (user and password from ENTENTE_DB_USER and ENTENTE_DB_PASSWORD)")
    String databaseUrl;

    @Option(names = "--notifier-database-url", description = "JDBC URL of the notifier's database, when it is not "
            + "on the installation's own PostgreSQL (same user and password); without it, a backup of a database "
            + "given by --database-url carries no mail log")
    String notifierDatabaseUrl;

    @Option(names = "--person-keys", paramLabel = "KEYS", description = "Where to write the persons' keys, which "
            + "each backup replaces (default: " + PersonKeysArchive.FILE_NAME + " beside FILE)")
    Path personKeys;

    @Override
    public Integer call() {
        Path home = DataDirectory.resolve();
        try {
            Database database = databaseUrl == null ? RunningPostgres.commandDatabase(home) : external(databaseUrl);
            BackupManifest manifest;
            try (DatabaseSnapshot snapshot = new DatabaseSnapshot(DriverManager.getConnection(
                    database.jdbcUrl(), database.username(), database.password()))) {
                manifest = BackupArchive.write(file, snapshot, mailLog(home), home);
                PersonKeysArchive.write(keys(), snapshot);
            }
            System.out.printf("Backed up %s, %s, and the keys, into %s (%,d bytes).%n",
                    EventStoreFigures.of(manifest), mails(manifest), file, Files.size(file));
            System.out.printf("The persons' keys are in %s, which the next backup replaces: restore any backup with "
                    + "the newest of them, so that no erased person's values come back.%n", keys());
            System.out.println("Both hold private keys: keep them where only the operators can read them.");
            return 0;
        } catch (IllegalStateException | IOException | SQLException failed) {
            System.err.println("No backup was written: " + failed.getMessage());
            return 1;
        }
    }

    private Path keys() {
        return personKeys != null ? personKeys : PersonKeysArchive.beside(file);
    }

    private BackupArchive.MailLog mailLog(Path home) {
        if (notifierDatabaseUrl != null) {
            return NotifierMailLog.in(external(notifierDatabaseUrl));
        }
        return databaseUrl == null ? NotifierMailLog.in(RunningPostgres.notifierDatabase(home))
                : BackupArchive.MailLog.NONE;
    }

    private static Database external(String url) {
        return new Database(url, System.getenv().getOrDefault("ENTENTE_DB_USER", "entente"),
                System.getenv().getOrDefault("ENTENTE_DB_PASSWORD", "entente"));
    }

    static String mails(BackupManifest manifest) {
        return manifest.hasMailLog() ? String.format("%,d mails of the notifier's log", manifest.mails())
                : "no mail log (no notifier ran here)";
    }
}
