package org.entente.web.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * {@code ${@people.shown(…)}} in the templates: a person's value as a page shows it. The services give a name, a
 * capacity or an identifier in the clear when the vault opened it for the reader; what is still the text of its
 * commitment ({@code sha256:…}) is a value erased, and the page says so in the reader's language ("effacé")
 * rather than show a digest.
 */
@Component("people")
public class PersonalValues {

    private static final Pattern COMMITMENT = Pattern.compile("sha256:[0-9a-f]{64}");

    private final MessageSource messages;

    PersonalValues(MessageSource messages) {
        this.messages = messages;
    }

    public String shown(String value) {
        if (value == null || !COMMITMENT.matcher(value).matches()) {
            return value;
        }
        return messages.getMessage("personal.erased", null, LocaleContextHolder.getLocale());
    }
}
