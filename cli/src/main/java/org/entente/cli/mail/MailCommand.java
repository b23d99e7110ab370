package org.entente.cli.mail;

import org.entente.devstack.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./entente mail}: the mails the local installation's notifier sent, as the institutions' contacts would
 * receive them; {@code ./entente mail 3} prints the third whole.
 */
@Command(name = "mail", mixinStandardHelpOptions = true,
        description = "List the mails the local installation sent (kept under ENTENTE_HOME/mail), or print one.")
public final class MailCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Parameters(arity = "0..1", paramLabel = "NUMBER", description = "The number of the mail to print, as listed")
    Integer number;

    @Override
    public Integer call() {
        return show(MailFolder.of(DataDirectory.resolve()), number, System.out, System.err);
    }

    static int show(MailFolder folder, Integer number, PrintStream out, PrintStream err) {
        List<KeptMail> mails;
        try {
            mails = folder.mails();
        } catch (IllegalStateException | java.io.UncheckedIOException unreadable) {
            err.println("The mails cannot be read: " + unreadable.getMessage());
            return 1;
        }
        if (number == null) {
            list(folder, mails, out);
            return 0;
        }
        if (number < 1 || number > mails.size()) {
            err.printf("There is no mail number %d: %s holds %d. List them with ./entente mail%n", number,
                    folder.directory(), mails.size());
            return 2;
        }
        print(mails.get(number - 1), out);
        return 0;
    }

    private static void list(MailFolder folder, List<KeptMail> mails, PrintStream out) {
        if (mails.isEmpty()) {
            out.printf("No mail yet in %s.%n", folder.directory());
            return;
        }
        out.printf("%d mail(s) in %s, oldest first:%n", mails.size(), folder.directory());
        for (int i = 0; i < mails.size(); i++) {
            KeptMail mail = mails.get(i);
            out.printf("%4d  %s  %-34s  %s%n", i + 1, WHEN.format(mail.sent()), String.join(", ", mail.to()),
                    mail.subject());
        }
        out.println("Print one with ./entente mail NUMBER.");
    }

    private static void print(KeptMail mail, PrintStream out) {
        out.printf("From:    %s%nTo:      %s%nDate:    %s%nSubject: %s%nFile:    %s%n%n%s%n", mail.from(),
                String.join(", ", mail.to()), WHEN.format(mail.sent()), mail.subject(), mail.file(),
                mail.text().stripTrailing());
    }
}
