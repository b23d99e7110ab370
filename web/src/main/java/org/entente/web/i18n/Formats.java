package org.entente.web.i18n;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code ${@fmt.…}} in the templates, the one place where pages format: dates and times in Paris time, amounts in
 * euros and numbers and counts in the format of the person's language (30 000 € and 1,5 in French, €30,000 and
 * 1.5 in English). Date and number inputs keep the ISO value HTML requires; the browser shows it in its language.
 */
@Component("fmt")
public class Formats {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public String date(LocalDate date) {
        return date == null ? "" : firstOfTheMonth(date,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date));
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(PARIS).toLocalDate());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : firstOfTheMonth(instant.atZone(PARIS).toLocalDate(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM).withLocale(locale())
                        .withZone(PARIS).format(instant).replace(" CET", "").replace(" CEST", ""));
    }

    /** French writes the first of a month as an ordinal, « 1er janvier », which Java's long date does not. */
    private static String firstOfTheMonth(LocalDate date, String formatted) {
        return date.getDayOfMonth() == 1 && "fr".equals(locale().getLanguage()) && formatted.startsWith("1 ")
                ? "1er" + formatted.substring(1) : formatted;
    }

    /** The machine-readable form, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** Euros, with cents only when there are some: a budget line reads 30 000 €, a fee 12,50 €. */
    public String eur(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(Currency.getInstance("EUR"));
        if (amount.stripTrailingZeros().scale() <= 0) {
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(0);
        }
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

    /** A number or a count the services sent as text (a JSON value): formatted if it is one, as it is if not. */
    public String numberText(String value) {
        return value != null && NUMBER.matcher(value).matches() ? number(new BigDecimal(value)) : value;
    }

    /**
     * A field of the terms as the redline shows it: amounts in euros, dates and numbers in the person's format,
     * any other text as it is.
     */
    public String field(String name, String value) {
        if (value == null) {
            return null;
        }
        if (name != null && name.endsWith("Eur") && NUMBER.matcher(value).matches()) {
            return eur(new BigDecimal(value));
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return date(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        return numberText(value);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
