package org.entente.cli.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The folder where a local installation keeps the mails it received, one RFC 5322 file ({@code .eml}) per message,
 * named after its Message-ID: the notifier sends a mail again under the same Message-ID when it cannot know whether
 * the first attempt arrived, and the folder then holds it once, as a mail client would show it.
 */
public final class MailFolder {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final Path directory;

    public MailFolder(Path directory) {
        this.directory = directory;
    }

    /** The folder of the installation whose home this is. */
    public static MailFolder of(Path home) {
        return new MailFolder(home.resolve("mail"));
    }

    public Path directory() {
        return directory;
    }

    /** Keeps the message, whole; written aside then moved, so that a reader never sees half a mail. */
    void keep(MimeMessage message) throws MessagingException, IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName(message));
        Path partial = directory.resolve("." + file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The mails kept, oldest first by the date they were sent. */
    public List<KeptMail> mails() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml")).map(MailFolder::read)
                    .sorted(Comparator.comparing(KeptMail::sent).thenComparing(mail -> mail.file().getFileName()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeptMail read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return KeptMail.of(file, new MimeMessage(SESSION, in));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException(file + " is not a readable mail: " + e.getMessage(), e);
        }
    }

    static String fileName(MimeMessage message) throws MessagingException {
        String id = message.getMessageID();
        // A message without an id (not the notifier's) is kept under its own content's digest.
        String identity = id != null ? id : message.getSubject() + "|" + message.getSentDate() + "|"
                + String.join(",", KeptMail.addresses(message.getAllRecipients()));
        return HexFormat.of().formatHex(sha256(identity)).substring(0, 16) + ".eml";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
