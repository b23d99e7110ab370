package org.entente.cli.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local mail server as a developer uses it: a real SMTP exchange with GreenMail, each message kept once as a
 * file in the home's {@code mail/} (a mail sent again under its Message-ID too), listed and printed by
 * {@code ./entente mail} in French as it was written; a number that is not listed, and a file that is no mail, are
 * said plainly.
 */
class MailCatcherTest {

    @TempDir
    Path home;

    @Test
    void eachMailReceived_isKeptOnce_listedOldestFirst_andPrintedWhole() throws Exception {
        MailFolder folder = MailFolder.of(home);
        try (MailCatcher catcher = MailCatcher.start(freePort(), folder)) {
            send(catcher.port(), "<1@entente>", "partenariats@caf57.example", "Invitation au partenariat « CEJ »",
                    "Bonjour,\n\nLe CCAS de Metz invite votre institution.", new Date(1_800_000_000_000L));
            send(catcher.port(), "<2@entente>", "direction@ligue57.example", "Convention à signer : « CEJ »",
                    "Bonjour,\n\nLa convention attend votre signature.", new Date(1_800_000_060_000L));
            // The notifier's retry after a crash between the server's acceptance and its own record of it.
            send(catcher.port(), "<1@entente>", "partenariats@caf57.example", "Invitation au partenariat « CEJ »",
                    "Bonjour,\n\nLe CCAS de Metz invite votre institution.", new Date(1_800_000_120_000L));
            await().atMost(Duration.ofSeconds(10)).until(() -> folder.mails().size() == 2);
        }

        List<KeptMail> mails = folder.mails();
        assertThat(mails).extracting(KeptMail::subject)
                .containsExactly("Invitation au partenariat « CEJ »", "Convention à signer : « CEJ »");
        assertThat(mails.get(0).to()).containsExactly("partenariats@caf57.example");
        assertThat(mails.get(0).text()).contains("Le CCAS de Metz invite votre institution.");

        Output listed = show(folder, null);
        assertThat(listed.code).isZero();
        assertThat(listed.out).contains("2 mail(s) in " + folder.directory())
                .containsPattern("1 .* partenariats@caf57.example +Invitation au partenariat « CEJ »")
                .containsPattern("2 .* direction@ligue57.example +Convention à signer : « CEJ »");
        Output printed = show(folder, 1);
        assertThat(printed.code).isZero();
        assertThat(printed.out).contains("To:      partenariats@caf57.example",
                "Subject: Invitation au partenariat « CEJ »", "Le CCAS de Metz invite votre institution.");
    }

    @Test
    void aMailThatIsNotListed_orAFileThatIsNoMail_isSaidPlainly() throws Exception {
        MailFolder folder = MailFolder.of(home);
        assertThat(show(folder, null).out).contains("No mail yet in " + folder.directory());

        Output missing = show(folder, 1);
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains("There is no mail number 1", "holds 0", "./entente mail");

        Files.createDirectories(folder.directory());
        Files.write(folder.directory().resolve("garbled.eml"), new byte[]{(byte) 0xff, 0, 1, 2});
        Files.writeString(folder.directory().resolve("notes.txt"), "not a mail, and not listed");
        Output garbled = show(folder, null);
        assertThat(garbled.code).isZero();
        assertThat(garbled.out).contains("1 mail(s)", "(no subject)").doesNotContain("notes");

        Files.createDirectories(folder.directory().resolve("unreadable.eml"));
        Output unreadable = show(folder, null);
        assertThat(unreadable.code).isEqualTo(1);
        assertThat(unreadable.err).contains("The mails cannot be read", "unreadable.eml").doesNotContain("\tat ");
    }

    private static void send(int port, String id, String to, String subject, String text, Date sent)
            throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
        message.setFrom(new InternetAddress("ne-pas-repondre@entente.invalid"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(sent);
        Transport.send(message);
    }

    private static Output show(MailFolder folder, Integer number) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = MailCommand.show(folder, number, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Output(int code, String out, String err) {
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
