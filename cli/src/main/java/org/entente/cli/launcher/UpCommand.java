package org.entente.cli.launcher;

import org.entente.cli.demo.Demo;

import org.entente.devstack.TokenClaims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Starts PostgreSQL, Kafka, both services, the web application and the notifier with its local mail server, prints
 * how to use them and stops everything on Ctrl-C.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start Entente locally: embedded PostgreSQL, a Kafka broker, both services, the web application "
                + "and the notifier, whose mails a local mail server keeps (./entente mail).")
public final class UpCommand implements Callable<Integer> {

    @Mixin
    StackOptions stackOptions;

    @Mixin
    MailOptions mailOptions;

    @Option(names = "--demo", description = "Play the seed scenarios (seeds/) through the public API once up, "
            + "into an empty installation only")
    boolean demo;

    @Option(names = "--ephemeral", description = "A throw-away installation: PostgreSQL and Kafka keep nothing "
            + "once stopped (the data directory then holds only the development key)")
    boolean ephemeral;

    @Override
    public Integer call() throws Exception {
        long began = System.nanoTime();
        StackSettings settings = stackOptions.settings(ephemeral);
        Optional<Mailing> mailing = mailOptions.mailing(settings);
        System.out.println("Starting Entente (PostgreSQL, Kafka, command-service, query-service, web"
                + (mailing.isEmpty() ? "" : ", notifier") + ")…");
        Stack stack = new Stack(settings);
        mailing.ifPresent(stack::withMail);
        // A service that keeps failing stops Entente, with the message the supervisor printed, and exit code 1.
        stack.onGiveUp(() -> System.exit(1));
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything starts, so that Ctrl-C or SIGTERM during start-up stops what is up:
        // the services first, then the broker, then the database.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Entente…");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "entente-stop"));
        try {
            stack.startAll();
        } catch (IllegalStateException | java.io.UncheckedIOException failed) {
            // Said plainly, without a stack trace: what failed and which log tells more. Everything started is down.
            System.err.println("Entente could not start: " + failed.getMessage());
            return 1;
        }
        printWelcome(stack, Duration.ofNanos(System.nanoTime() - began));
        if (demo) {
            new Demo(stack.commandService(), stack.queryService(), stack.signingKey())
                    .playIntoAnEmptyInstallation(stack.settings().projectRoot().resolve("seeds"));
        }
        stopped.await();
        return 0;
    }

    /** ENTENTE_NOTIFIER_CONTACTS, or else the example addresses of the seeds' institutions. */
    private void printWelcome(Stack stack, Duration startup) {
        String token = stack.signingKey().mint(TokenClaims.of("claire-martin", "Claire Martin", "ccas-metz",
                List.of("partner", "signatory")), Duration.ofHours(8));
        System.out.printf("""

                Entente is up (%.1f s).

                  Open %s in a browser and sign in as one of the people listed there
                  (Claire Martin of the CCAS de Metz, Anne Audit of the Cour des comptes, …).

                  command-service  %s   (POST /partnerships)
                  query-service    %s   (GET /partnerships/{id})
                  kafka            %s   topic %s
                  logs             %s
                %s
                A token for Claire Martin, partner and signatory of ccas-metz (8 h):
                export TOKEN=%s

                More tokens: ./entente token --institution caf-57 --name "Karim Benali" --roles partner,signatory
                Press Ctrl-C to stop everything.
                """, startup.toMillis() / 1000.0, stack.web(), stack.commandService(), stack.queryService(),
                stack.bootstrapServers(), stack.settings().topic(), stack.settings().logDirectory(), mail(stack),
                token);
    }

    private String mail(Stack stack) {
        return !stack.runsMail() ? "" : "  notifier         " + stack.notifier() + "   mails kept in "
                + stack.mailFolder().directory() + " (read them: ./entente mail)\n";
    }
}
