package org.entente.notifier.mail;

import org.entente.notifier.reminder.Reminder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reminder's words in the recipient's language (mail.properties, French, and its translations): the
 * partnership's title and reference, the link to its page, then the reminder's details, dates written out as
 * people write them ("31 décembre 2029").
 */
@Component
public class MailText {

    private final MessageSource messages;

    MailText(MessageSource messages) {
        this.messages = messages;
    }

    /** A mail's subject and body. */
    public record Composed(String subject, String body) {
    }

    /** The mail of a reminder about the partnership named {@code title}, whose page is {@code page}. */
    public Composed compose(Reminder reminder, String title, String reference, URI page, Locale language) {
        Object[] arguments = arguments(reminder.details(), title, reference, page, language);
        String kind = "mail." + reminder.kind();
        return new Composed(messages.getMessage(kind + ".subject", arguments, language),
                messages.getMessage(kind + ".body", arguments, language) + "\n\n"
                        + messages.getMessage("mail.footer", arguments, language));
    }

    private Object[] arguments(List<Object> details, String title, String reference, URI page, Locale language) {
        String unknown = messages.getMessage("mail.unknown", null, language);
        List<Object> arguments = new ArrayList<>(List.of(title == null ? unknown : title,
                reference == null ? unknown : reference, page.toString()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        for (Object detail : details) {
            // Text, never MessageFormat's own rendering: no "1 234" for a version, no time zone for a date.
            arguments.add(detail instanceof LocalDate date ? dates.format(date)
                    : detail == null ? unknown : detail.toString());
        }
        return arguments.toArray();
    }
}
