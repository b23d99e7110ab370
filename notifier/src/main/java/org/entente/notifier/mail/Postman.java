package org.entente.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Delivers the queued mails, oldest due first, each in a transaction that holds its row: sent, it is marked sent;
 * refused or unreachable, it waits {@link Backoff} longer and the round ends, the server being likely down for
 * the next ones too. A mail is never dropped: the backlog shows what waits, and why.
 *
 * <p>A crash between the server's acceptance and the mark sends it again at the next round; its Message-ID, the
 * same at every attempt, lets the receiving side recognise the copy.
 */
@Component
class Postman {

    private static final Logger log = LoggerFactory.getLogger(Postman.class);
    /** At most this many mails a round: a long backlog does not hold the scheduler's thread for ever. */
    private static final int ROUND = 100;

    private final Outbox outbox;
    private final JavaMailSenderImpl sender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final InternetAddress from;

    Postman(Outbox outbox, JavaMailSenderImpl sender, TransactionTemplate transaction, Clock clock,
            org.entente.notifier.NotifierSettings settings) throws jakarta.mail.internet.AddressException {
        this.outbox = outbox;
        this.sender = sender;
        this.transaction = transaction;
        this.clock = clock;
        this.from = new InternetAddress(settings.from(), true);
    }

    @Scheduled(fixedDelayString = "${entente.notifier.delivery-interval:PT1S}")
    void deliverDue() {
        for (int delivered = 0; delivered < ROUND; delivered++) {
            Boolean goOn = transaction.execute(status -> outbox.lockNextDue(clock.instant())
                    .map(this::deliver).orElse(false));
            if (!Boolean.TRUE.equals(goOn)) {
                return;
            }
        }
    }

    private boolean deliver(PendingMail mail) {
        try {
            sender.send(message(mail));
            outbox.sent(mail.id(), clock.instant());
            return true;
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            int failures = mail.failures() + 1;
            Instant next = clock.instant().plus(Backoff.after(failures));
            log.warn("Mail {} to {} not delivered (failure {}), next attempt at {}: {}", mail.id(), mail.address(),
                    failures, next, e.getMessage());
            outbox.failed(mail.id(), failures, next, String.valueOf(e.getMessage()));
            return false;
        }
    }

    private MimeMessage message(PendingMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new SameIdMessage(sender.getSession(), messageId(mail.key()));
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.address(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(clock.instant()));
        return message;
    }

    /** The same at every attempt of a mail: derived from its key. */
    static String messageId(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@notifier.entente>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** A message that keeps its Message-ID when sent, instead of the new one Jakarta Mail gives each message. */
    private static final class SameIdMessage extends MimeMessage {

        private final String id;

        SameIdMessage(jakarta.mail.Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
