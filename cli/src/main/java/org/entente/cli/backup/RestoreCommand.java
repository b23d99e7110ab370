package org.entente.cli.backup;

import org.entente.cli.launcher.MailOptions;
import org.entente.cli.launcher.Stack;
import org.entente.cli.launcher.StackOptions;
import org.entente.cli.launcher.StackSettings;

import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code ./entente restore FILE}: brings a backup back into an empty installation. The file is checked whole
 * first; then the keys go into the data directory and the installation starts. The notifier's log of mails is
 * loaded before any event reaches the topic, so that the notifier mails nothing twice; then the events and
 * idempotency records, in one transaction. The command waits until the query side has rebuilt every read model,
 * the notifier has read every event and command-service has kept every calendar, before it stops everything
 * again. {@code ./entente up} then runs the restored installation.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into an empty installation; the read models are rebuilt from its events.")
public final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A file written by ./entente backup")
    Path file;

    @Mixin
    StackOptions stackOptions;

    @Mixin
    MailOptions mailOptions;

    @Option(names = "--catch-up-minutes", defaultValue = "30",
            description = "How long to wait for the read models to be rebuilt (default 30)")
    long catchUpMinutes;

    @Option(names = "--person-keys", paramLabel = "KEYS", description = "The newest persons' keys file "
            + "./entente backup wrote (default: " + PersonKeysArchive.FILE_NAME + " beside FILE)")
    Path personKeys;

    @Override
    public Integer call() throws InterruptedException {
        StackSettings settings = stackOptions.settings(false);
        try {
            EmptyInstallation.require(settings.dataDirectory());
        } catch (EmptyInstallation.NotEmpty notEmpty) {
            System.err.println("Nothing was restored: " + notEmpty.getMessage());
            return 2;
        }
        Path keys = personKeys != null ? personKeys : PersonKeysArchive.beside(file);
        try (RestorableBackup backup = RestorableBackup.open(file);
             RestorableBackup persons = RestorableBackup.openPersonKeys(keys)) {
            backup.restoreKeys(settings.dataDirectory());
            System.out.printf("Restoring %s from %s, with the persons' keys of %s, into %s…%n",
                    EventStoreFigures.of(backup.manifest()), file, keys, settings.dataDirectory());
            return restore(settings, backup, persons);
        } catch (RestorableBackup.Unusable unusable) {
            System.err.printf("%s cannot be restored: %s. Nothing was changed.%n", file, unusable.getMessage());
            return 2;
        } catch (IOException failed) {
            System.err.println("The restore failed: " + failed.getMessage());
            return 1;
        }
    }

    /** Before the events: the notifier, reading them again, then finds every mail it had queued. */
    private static void restoreMailLog(Stack stack, RestorableBackup backup) throws SQLException, IOException {
        if (!backup.manifest().hasMailLog()) {
            return;
        }
        if (stack.runsMail()) {
            MailLogLoad.into(stack.notifierDatabase(), backup);
            System.out.printf("The notifier's log of %,d mails is restored.%n", backup.manifest().mails());
        } else {
            System.out.printf("The notifier's log of %,d mails is not restored (--without-mail): a notifier started "
                    + "on this installation later mails again what the events of its last days call for.%n",
                    backup.manifest().mails());
        }
    }

    private int restore(StackSettings settings, RestorableBackup backup, RestorableBackup persons)
            throws InterruptedException {
        Stack stack = new Stack(settings);
        stack.withoutWebApplication();
        mailOptions.mailing(settings).ifPresent(stack::withMail);
        Thread stop = new Thread(stack::close, "entente-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            stack.startAll();
            restoreMailLog(stack, backup);
            Database command = Databases.ensure(stack.adminDatabase(), "entente_command");
            EventStoreLoad.into(command, backup, persons);
            System.out.println("The event store is restored; the read models are being rebuilt from it…");
            // One deadline for both waits: the read models and the notifier, then the calendars.
            Instant deadline = Instant.now().plus(Duration.ofMinutes(catchUpMinutes));
            CatchUp.await(stack, backup.manifest(), Duration.between(Instant.now(), deadline));
            CalendarRebuild.await(command, Duration.between(Instant.now(), deadline));
            System.out.printf("Restored: every one of the %d partnerships is back. Start it with ./entente up.%n",
                    backup.manifest().partnerships());
            return 0;
        } catch (IllegalStateException | SQLException | IOException failed) {
            System.err.printf("The restore failed: %s.%nThe installation in %s is incomplete: delete it and "
                    + "restore again.%n", failed.getMessage(), settings.dataDirectory());
            return 1;
        } finally {
            stack.close();
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }
}
