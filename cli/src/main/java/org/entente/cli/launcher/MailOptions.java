package org.entente.cli.launcher;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The mail of a local installation, shared by the commands that start one ({@code up}, {@code restore}): the
 * notifier and the local mail server it mails, unless started without them. The institutions' addresses come from
 * {@code ENTENTE_NOTIFIER_CONTACTS}, or else from the seeds' contacts file.
 */
public final class MailOptions {

    @Option(names = "--notifier-port", defaultValue = "8083", description = "Port of the notifier (default 8083)")
    int notifierPort;

    @Option(names = "--smtp-port", defaultValue = "2525",
            description = "Port of the local mail server the notifier mails (default 2525)")
    int smtpPort;

    @Option(names = "--without-mail", description = "Start neither the notifier nor the local mail server")
    boolean withoutMail;

    /** The installation's mail; none when started without it. */
    public Optional<Mailing> mailing(StackSettings settings) {
        return withoutMail ? Optional.empty() : Optional.of(new Mailing(notifierPort, smtpPort, contacts(settings)));
    }

    private static Path contacts(StackSettings settings) {
        String configured = System.getenv("ENTENTE_NOTIFIER_CONTACTS");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : settings.projectRoot().resolve("seeds").resolve("contacts.csv");
    }
}
