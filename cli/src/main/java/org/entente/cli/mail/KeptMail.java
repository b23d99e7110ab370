package org.entente.cli.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One mail of the folder, as a developer reads it: who sent it to whom and when, its subject and its text.
 *
 * @param sent when it was sent (its Date header), or the epoch when it has none
 */
public record KeptMail(Path file, Instant sent, String from, List<String> to, String subject, String text) {

    static KeptMail of(Path file, MimeMessage message) throws MessagingException, IOException {
        Address[] from = message.getFrom();
        return new KeptMail(file, message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant(),
                from == null || from.length == 0 ? "" : from[0].toString(),
                addresses(message.getRecipients(MimeMessage.RecipientType.TO)),
                message.getSubject() == null || message.getSubject().isBlank() ? "(no subject)"
                        : message.getSubject(), text(message.getContent()));
    }

    static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet ? internet.getAddress()
                        : address.toString()).toList();
    }

    /** The plain text of a body: itself, or its first plain-text part. */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String plain) {
            return plain;
        }
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                    String text = text(part.getContent());
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }
}
