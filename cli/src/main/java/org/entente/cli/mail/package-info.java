/**
 * The mails of a local installation: the SMTP server {@code ./entente up} runs for the notifier (GreenMail) keeps
 * each message it receives as a file under the home's {@code mail/}, and {@code ./entente mail} lists and prints them,
 * so that a developer reads what the institutions would receive without any real mail server.
 */
package org.entente.cli.mail;
