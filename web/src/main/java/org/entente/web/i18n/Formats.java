package org.entente.web.i18n;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * {@code ${@fmt.…}} in the templates: dates and times in Paris time, amounts in euros and numbers in the
 * format of the person's language (1 234,50 € in French, €1,234.50 in English).
 */
@Component("fmt")
public class Formats {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(PARIS).toLocalDate());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(PARIS).format(instant).replace(" CET", "").replace(" CEST", "");
    }

    /** The machine-readable form, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String eur(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
