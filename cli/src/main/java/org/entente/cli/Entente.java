package org.entente.cli;

import org.entente.cli.backup.BackupCommand;
import org.entente.cli.backup.RestoreCommand;
import org.entente.cli.bench.BenchCommand;
import org.entente.cli.bench.LatencyCommand;
import org.entente.cli.bench.PagesCommand;
import org.entente.cli.chaos.ChaosCommand;
import org.entente.cli.launcher.StatusCommand;
import org.entente.cli.launcher.TokenCommand;
import org.entente.cli.launcher.UpCommand;
import org.entente.cli.mail.MailCommand;
import org.entente.cli.verify.ReconcileCommand;
import org.entente.cli.verify.VerifyCommand;
import org.entente.leash.Leash;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Entry point of {@code ./entente}. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
        description = "Run Entente locally and mint development tokens.",
        subcommands = {UpCommand.class, TokenCommand.class, LatencyCommand.class, PagesCommand.class,
                StatusCommand.class, ReconcileCommand.class, ChaosCommand.class, BenchCommand.class,
                BackupCommand.class, RestoreCommand.class, VerifyCommand.class, MailCommand.class})
public final class Entente {

    public static void main(String[] args) {
        // Started by ./entente or a test: ends with its starter, even one killed with SIGKILL.
        Leash.holdIfAsked();
        System.exit(new CommandLine(new Entente()).execute(args));
    }
}
