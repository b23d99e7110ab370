package org.entente.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./entente}. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "Entente 0.1.0",
        description = "Run Entente locally and mint development tokens.",
        subcommands = {UpCommand.class, TokenCommand.class, LatencyCommand.class, PagesCommand.class,
                StatusCommand.class, ReconcileCommand.class, ChaosCommand.class, BenchCommand.class,
                BackupCommand.class, RestoreCommand.class, VerifyCommand.class})
public final class Entente {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Entente()).execute(args));
    }
}
