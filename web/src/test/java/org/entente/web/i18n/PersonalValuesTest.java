package org.entente.web.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A value still committed is an erased one: pages say so in the reader's language, and show any other as it is. */
class PersonalValuesTest {

    private final PersonalValues people = new PersonalValues(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCommitment_isShownAsErased_inTheReadersLanguage() {
        String commitment = "sha256:" + "0123456789abcdef".repeat(4);

        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(people.shown(commitment)).isEqualTo("effacé");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(people.shown(commitment)).isEqualTo("erased");
    }

    @Test
    void aValue_isShownAsItIs_evenWhenItMerelyLooksLikeACommitment() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(people.shown("Claire Martin")).isEqualTo("Claire Martin");
        assertThat(people.shown("sha256:" + "A".repeat(64))).isEqualTo("sha256:" + "A".repeat(64));
        assertThat(people.shown("sha256:abc")).isEqualTo("sha256:abc");
        assertThat(people.shown(null)).isNull();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
