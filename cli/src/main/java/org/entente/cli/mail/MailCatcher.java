package org.entente.cli.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The SMTP server of a local installation (GreenMail, which accepts any sender and recipient without a password):
 * the notifier mails it as it would a real server, and each message received is kept in the {@link MailFolder}
 * within a quarter of a second, and once more when the server stops, so that none is lost with the JVM.
 */
public final class MailCatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);
    private static final long KEEP_EVERY_MILLIS = 250;

    private final GreenMail smtp;
    private final MailFolder folder;
    private final ScheduledExecutorService keeper;
    private final Set<String> kept = new HashSet<>();

    private MailCatcher(GreenMail smtp, MailFolder folder) {
        this.smtp = smtp;
        this.folder = folder;
        this.keeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "entente-mail-keeper");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Listens on localhost at that port and keeps what it receives in the folder. */
    public static MailCatcher start(int port, MailFolder folder) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailCatcher catcher = new MailCatcher(smtp, folder);
        catcher.keeper.scheduleWithFixedDelay(catcher::keepNew, KEEP_EVERY_MILLIS, KEEP_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        return catcher;
    }

    public int port() {
        return smtp.getSmtp().getPort();
    }

    /** Writes the messages received since the last round; one that cannot be written is tried again next round. */
    private synchronized void keepNew() {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                String name = MailFolder.fileName(message);
                if (kept.add(name)) {
                    keepOrForget(message, name);
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                log.warn("A received mail could not be kept in {}: {}", folder.directory(), e.getMessage());
            }
        }
    }

    private void keepOrForget(MimeMessage message, String name) throws IOException, MessagingException {
        try {
            folder.keep(message);
        } catch (IOException | MessagingException | RuntimeException e) {
            kept.remove(name);
            throw e;
        }
    }

    @Override
    public void close() {
        keeper.shutdownNow();
        keepNew();
        smtp.stop();
    }
}
