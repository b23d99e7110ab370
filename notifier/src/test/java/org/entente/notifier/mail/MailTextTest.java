package org.entente.notifier.mail;

import org.entente.notifier.reminder.Reminder;
import org.entente.notifier.reminder.Reminder.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTest {

    private static final URI PAGE = URI.create("https://entente.example/partnerships/42");
    private static final LocalDate DAY = LocalDate.of(2029, 12, 31);

    private final MailText text = new MailText(messages());

    /** As the application configures them (spring.messages): French by default, whatever the machine's locale. */
    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("mail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyMail_isWrittenInFrenchAndInEnglish_withEveryDetailFilledIn(Kind kind) {
        Reminder reminder = new Reminder(kind, Set.of("caf-57"), List.of(DAY, DAY));

        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            MailText.Composed mail = text.compose(reminder, "Contrat Enfance Jeunesse", "CEJ-57", PAGE, language);
            assertThat(mail.subject()).as("%s %s", kind, language).contains("Contrat Enfance Jeunesse")
                    .doesNotContain("{", "mail.");
            assertThat(mail.body()).as("%s %s", kind, language).contains("CEJ-57", PAGE.toString())
                    .doesNotContain("{", "}", "'");
        }
    }

    @Test
    void aFrenchMail_writesItsDatesOutAsPeopleDo_andAnEnglishOneInEnglish() {
        Reminder due = new Reminder(Kind.EVALUATION_DUE, Set.of("caf-57"), List.of(DAY));

        assertThat(text.compose(due, "CEJ", "CEJ-57", PAGE, Locale.FRENCH).body()).contains("31 décembre 2029")
                .startsWith("Bonjour");
        assertThat(text.compose(due, "CEJ", "CEJ-57", PAGE, Locale.ENGLISH).body()).contains("December 31, 2029")
                .startsWith("Hello");
    }

    @Test
    void aLanguageWithoutTranslation_getsTheFrenchMail_notTheMachinesLanguage() {
        Reminder expired = new Reminder(Kind.EXPIRED, Set.of("caf-57"), List.of(DAY));

        assertThat(text.compose(expired, "CEJ", "CEJ-57", PAGE, Locale.GERMAN).subject())
                .isEqualTo("Partenariat arrivé à son terme : « CEJ »");
    }

    @Test
    void aVersionNumber_isWrittenAsItIs() {
        Reminder toApprove = new Reminder(Kind.TERMS_TO_APPROVE, Set.of("caf-57"), List.of(1_234));

        assertThat(text.compose(toApprove, "CEJ", "CEJ-57", PAGE, Locale.FRENCH).subject()).contains("Version 1234");
    }
}
