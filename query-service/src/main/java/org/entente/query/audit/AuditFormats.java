package org.entente.query.audit;

import org.entente.platform.problem.BadRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders logged events as a JSON array, JSON Lines (one event per line) or CSV (RFC 4180). */
@Component
class AuditFormats {

    private static final String CSV_HEADER = "event_id,partnership_id,sequence,type,occurred_at,actor_id,"
            + "actor_institution,correlation_id,causation_id,data,actor_name,chain_hash,ledger_index,effective_date,"
            + "personal_values";

    enum Format {
        JSON("application/json", "json"), JSONL("application/jsonl", "jsonl"), CSV("text/csv", "csv");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        String mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }
    }

    private final ObjectMapper json;

    AuditFormats(ObjectMapper json) {
        this.json = json;
    }

    /** {@code format=} wins over {@code Accept}; JSON when neither says. */
    static Format choose(String format, String accept) {
        if (format != null) {
            try {
                return Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new BadRequest("invalid-format", "format must be json, jsonl or csv, not " + format + ".");
            }
        }
        String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        if (wanted.contains("text/csv")) {
            return Format.CSV;
        }
        if (wanted.contains("application/jsonl") || wanted.contains("application/x-ndjson")) {
            return Format.JSONL;
        }
        return Format.JSON;
    }

    /** {@code personal}: for each event, its personal fields' values as opened for the reader (null: not). */
    String render(List<LoggedEvent> events, Format format, List<Map<String, String>> personal) {
        List<String> rows = new ArrayList<>();
        for (int n = 0; n < events.size(); n++) {
            rows.add(format == Format.CSV ? csv(events.get(n), personal.get(n)) : line(events.get(n), personal.get(n)));
        }
        return switch (format) {
            case JSON -> String.join(",", rows).transform(all -> "[" + all + "]");
            case JSONL -> rows.stream().map(line -> line + "\n").collect(Collectors.joining());
            case CSV -> CSV_HEADER + "\r\n" + rows.stream().map(row -> row + "\r\n").collect(Collectors.joining());
        };
    }

    private String line(LoggedEvent event, Map<String, String> personal) {
        try {
            ObjectNode node = json.createObjectNode()
                    .put("eventId", event.eventId()).put("partnershipId", event.partnershipId().toString())
                    .put("sequence", event.sequence()).put("type", event.type())
                    .put("occurredAt", event.occurredAt().toString())
                    .put("effectiveDate", event.effectiveDate() == null ? null : event.effectiveDate().toString())
                    .put("actorId", event.actorId())
                    .put("actorInstitution", event.actorInstitution()).put("correlationId", event.correlationId())
                    .put("causationId", event.causationId());
            node.set("data", json.readTree(event.data()));
            if (event.ledger() != null) {
                // Its place in the verifiable ledger: what GET …/verify and the evidence package check.
                node.put("actorName", event.ledger().actorName()).put("chainHash", event.ledger().chainHash())
                        .put("ledgerIndex", event.ledger().ledgerIndex());
            }
            if (!personal.isEmpty()) {
                node.set("personalValues", personalValues(personal));
            }
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Logged event " + event.eventId() + " is unreadable", e);
        }
    }

    private String csv(LoggedEvent event, Map<String, String> personal) {
        return String.join(",", cell(event.eventId()), cell(event.partnershipId().toString()),
                cell(Long.toString(event.sequence())), cell(event.type()), cell(event.occurredAt().toString()),
                cell(event.actorId()), cell(event.actorInstitution()), cell(event.correlationId()),
                cell(event.causationId()), cell(event.data()),
                cell(event.ledger() == null ? null : event.ledger().actorName()),
                cell(event.ledger() == null ? null : event.ledger().chainHash()),
                cell(event.ledger() == null ? null : Long.toString(event.ledger().ledgerIndex())),
                cell(event.effectiveDate() == null ? null : event.effectiveDate().toString()),
                cell(personal.isEmpty() ? null : personalValues(personal).toString()));
    }

    /** Each field with its value, or an explicit null where the vault did not open it: that is the news. */
    private ObjectNode personalValues(Map<String, String> personal) {
        ObjectNode values = json.createObjectNode();
        personal.forEach((field, value) -> {
            if (value == null) {
                values.putNull(field);
            } else {
                values.put(field, value);
            }
        });
        return values;
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
