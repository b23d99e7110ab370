package org.entente.web.audit;

import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;
import org.entente.web.api.PortfolioPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A filtered list as a file: one row per partnership, cells a spreadsheet cannot misread. */
class ListExportTest {

    private static final PortfolioPage.Item ITEM = new PortfolioPage.Item(
            UUID.fromString("0b5c0000-0000-4000-8000-000000000001"), "=HYPERLINK(\"x\")", "Metz, \"Nord\"",
            PartnershipType.PROJECT, PartnershipStatus.ACTIVE, new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"),
            "ccas-metz", "CCAS de Metz", Instant.parse("2026-03-01T10:00:00Z"), 13);

    @Test
    void csv_quotesCommasAndQuotes_andDefusesFormulas() {
        String csv = new String(ListExport.csv(List.of(ITEM)), StandardCharsets.UTF_8);

        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).isEqualTo("0b5c0000-0000-4000-8000-000000000001,\"'=HYPERLINK(\"\"x\"\")\","
                + "\"Metz, \"\"Nord\"\"\",PROJECT,ACTIVE,MUNICIPALITY,Metz,57463,ccas-metz,2026-03-01T10:00:00Z,13");
    }

    @Test
    void jsonLines_isOneObjectPerLine_withIsoTimes() {
        String lines = new String(ListExport.jsonLines(List.of(ITEM, ITEM)), StandardCharsets.UTF_8);

        assertThat(lines.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\":")
                .contains("\"proposedAt\":\"2026-03-01T10:00:00Z\""));
    }
}
