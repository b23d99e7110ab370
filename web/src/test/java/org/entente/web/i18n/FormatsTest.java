package org.entente.web.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as a French or an English reader writes them: « 1er janvier », never « 1 janvier ». */
class FormatsTest {

    private final Formats formats = new Formats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theFirstOfAMonth_inFrench_isAnOrdinal_andNoOtherDayIs() {
        LocaleContextHolder.setLocale(Locale.FRENCH);

        assertThat(formats.date(LocalDate.of(2027, 1, 1))).isEqualTo("1er janvier 2027");
        assertThat(formats.date(LocalDate.of(2027, 1, 11))).isEqualTo("11 janvier 2027");
        assertThat(formats.date(LocalDate.of(2027, 1, 21))).isEqualTo("21 janvier 2027");
        assertThat(formats.dateTime(Instant.parse("2026-12-31T23:30:00Z"))).startsWith("1er janvier 2027");
        assertThat(formats.dateTime(Instant.parse("2026-12-31T22:30:00Z"))).startsWith("31 décembre 2026");
    }

    @Test
    void inEnglish_theFirstStaysAsItIs() {
        LocaleContextHolder.setLocale(Locale.UK);

        assertThat(formats.date(LocalDate.of(2027, 1, 1))).isEqualTo("1 January 2027");
        assertThat(formats.date(LocalDate.of(2027, 1, 11))).isEqualTo("11 January 2027");
    }
}
