package org.entente.calendar;

import java.text.Normalizer;
import java.time.Period;
import java.util.Locale;
import java.util.Map;

/** The words partners write for a cadence, lower-cased and without accents. */
final class CadenceWords {

    private static final Cadence YEARLY = new Cadence.Every(Period.ofYears(1));
    private static final Cadence HALF_YEARLY = new Cadence.Every(Period.ofMonths(6));
    private static final Cadence QUARTERLY = new Cadence.Every(Period.ofMonths(3));
    private static final Cadence MONTHLY = new Cadence.Every(Period.ofMonths(1));
    private static final Cadence AT_THE_END = new Cadence.AtTheEnd();
    static final Map<String, Cadence> KNOWN = Map.ofEntries(
            Map.entry("yearly", YEARLY), Map.entry("annually", YEARLY), Map.entry("annual", YEARLY),
            Map.entry("annuelle", YEARLY), Map.entry("annuel", YEARLY), Map.entry("chaque annee", YEARLY),
            Map.entry("half-yearly", HALF_YEARLY), Map.entry("semiannual", HALF_YEARLY),
            Map.entry("semestrielle", HALF_YEARLY), Map.entry("semestriel", HALF_YEARLY),
            Map.entry("quarterly", QUARTERLY), Map.entry("trimestrielle", QUARTERLY),
            Map.entry("trimestriel", QUARTERLY),
            Map.entry("monthly", MONTHLY), Map.entry("mensuelle", MONTHLY), Map.entry("mensuel", MONTHLY),
            Map.entry("at the end", AT_THE_END), Map.entry("at end", AT_THE_END),
            Map.entry("a l'echeance", AT_THE_END), Map.entry("en fin de convention", AT_THE_END),
            Map.entry("finale", AT_THE_END), Map.entry("final", AT_THE_END));

    private CadenceWords() {
    }

    static String plain(String words) {
        String stripped = Normalizer.normalize(words.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
    }
}
