package org.entente.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.entente.web.api.PortfolioPage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rows of a filtered list of partnerships, as CSV (RFC 4180) or JSON Lines. */
final class ListExport {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String HEADER = "id,reference,title,type,status,territory_level,territory_name,"
            + "territory_code,lead_institution,proposed_at,version";

    private ListExport() {
    }

    static byte[] csv(List<PortfolioPage.Item> items) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (PortfolioPage.Item item : items) {
            out.append(Stream.of(item.id(), item.reference(), item.title(), item.type(), item.status(),
                    item.territory() == null ? null : item.territory().level(),
                    item.territory() == null ? null : item.territory().name(),
                    item.territory() == null ? null : item.territory().code(), item.leadInstitutionId(),
                    item.proposedAt(), item.version()).map(ListExport::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jsonLines(List<PortfolioPage.Item> items) {
        StringBuilder out = new StringBuilder();
        for (PortfolioPage.Item item : items) {
            try {
                out.append(JSON.writeValueAsString(item)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quoted when it holds a comma, a quote or a line break; a leading formula sign is defused for spreadsheets. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
