package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers of a dashboard chart's table, and the same numbers as the summary report gives them. */
final class Dashboard {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("status.PROPOSED", "Proposé"), Map.entry("status.NEGOTIATING", "En négociation"),
            Map.entry("status.AGREED", "Accord trouvé"), Map.entry("status.ACTIVE", "En vigueur"),
            Map.entry("status.AMENDING", "Avenant en cours"), Map.entry("status.DISSOLVED", "Dissous"),
            Map.entry("status.ABANDONED", "Abandonné"), Map.entry("type.INSTITUTIONAL", "Institutionnel"),
            Map.entry("type.OPERATIONAL", "Opérationnel"), Map.entry("type.FINANCIAL", "Financier"),
            Map.entry("type.TECHNICAL", "Technique"), Map.entry("type.PROJECT", "Projet"));

    private Dashboard() {
    }

    /** Read in one wait: a live dashboard may redraw its tables between finding a row and reading it. */
    static Map<String, String> rows(Browser browser, String chart) {
        return browser.waitUntil(driver -> {
            Map<String, String> rows = new LinkedHashMap<>();
            for (WebElement row : driver.findElements(By.cssSelector("table[data-chart='" + chart + "'] tbody tr"))) {
                var cells = row.findElements(By.tagName("td"));
                rows.put(cells.get(0).getText(), cells.get(1).getText().replace("\u202f", "").replace("\u00a0", ""));
            }
            return rows;
        });
    }

    static Map<String, String> counts(JsonNode counts, String labelPrefix) {
        Map<String, String> expected = new LinkedHashMap<>();
        counts.forEach(count -> expected.put(labelPrefix == null ? count.get("key").asText()
                : LABELS.get(labelPrefix + "." + count.get("key").asText()), count.get("partnerships").asText()));
        return expected;
    }
}
