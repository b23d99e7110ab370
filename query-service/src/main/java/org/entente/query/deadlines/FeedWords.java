package org.entente.query.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What a calendar application shows of a deadline, in the feed's language: French unless the institution asked for
 * English. A calendar has no page to translate it, so the words are made here.
 */
final class FeedWords {

    private static final Map<String, String> FRENCH = Map.ofEntries(
            Map.entry("calendar", "Entente — échéances de %s"),
            Map.entry("EVALUATION", "Évaluation attendue"),
            Map.entry("FINANCIAL_REPORT", "Compte rendu financier à déposer"),
            Map.entry("NOTICE_DEADLINE", "Dernier jour pour un préavis de non-reconduction"),
            Map.entry("TACIT_RENEWAL", "Reconduction tacite"),
            Map.entry("TERM_END", "Fin de la convention"),
            Map.entry("OVERDUE", "En retard : "),
            Map.entry("period", "Période du %s au %s."),
            Map.entry("renewed", "Sans préavis, la convention est reconduite du %s au %s."),
            Map.entry("late", "En retard à partir du %s."),
            Map.entry("notice", "Après ce jour, la convention se reconduit tacitement."),
            Map.entry("end", "La convention prend fin ce jour-là."));
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("calendar", "Entente — deadlines of %s"),
            Map.entry("EVALUATION", "Evaluation due"),
            Map.entry("FINANCIAL_REPORT", "Financial report to file"),
            Map.entry("NOTICE_DEADLINE", "Last day to give notice of non-renewal"),
            Map.entry("TACIT_RENEWAL", "Tacit renewal"),
            Map.entry("TERM_END", "End of the agreement"),
            Map.entry("OVERDUE", "Overdue: "),
            Map.entry("period", "Period from %s to %s."),
            Map.entry("renewed", "Unless notice is given, the agreement renews from %s to %s."),
            Map.entry("late", "Overdue from %s."),
            Map.entry("notice", "After this day, the agreement renews tacitly."),
            Map.entry("end", "The agreement ends on this day."));

    private final Map<String, String> words;
    private final DateTimeFormatter dates;

    private FeedWords(Map<String, String> words, Locale locale) {
        this.words = words;
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    static FeedWords in(String language) {
        return "en".equals(language) ? new FeedWords(ENGLISH, Locale.UK) : new FeedWords(FRENCH, Locale.FRENCH);
    }

    String word(String key, Object... arguments) {
        return words.get(key).formatted(arguments);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }
}
