package org.entente.cli.launcher;

import java.nio.file.Path;

/**
 * The mail of an installation: the notifier, a subscriber of the topic like any reporting service, on its port,
 * mailing a local SMTP server (GreenMail) on the other, which keeps every message under the home's {@code mail/}.
 *
 * @param contacts the institutions' addresses (institution,address[,language]); the notifier mails nobody else
 */
public record Mailing(int notifierPort, int smtpPort, Path contacts) {
}
