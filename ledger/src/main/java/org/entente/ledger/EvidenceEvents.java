package org.entente.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the events of an evidence package: one CloudEvent per line, structured mode, with exactly Entente's
 * attributes. Every attribute is either part of the envelope the chain hashes or fixed by the contract, so no byte
 * of a line can change without the check seeing it.
 */
final class EvidenceEvents {

    /** An event of the package: its envelope, its chain hash and its leaf index. */
    record Event(Envelope envelope, byte[] chainHash, long ledgerIndex) {
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final Set<String> ATTRIBUTES = Set.of("specversion", "id", "source", "type", "subject", "time",
            "datacontenttype", "sequence", "actorid", "actorname", "actorinstitution", "correlationid", "causationid",
            "chainhash", "ledgerindex", "effectivedate", "envelope", "data");

    private EvidenceEvents() {
    }

    static List<Event> read(String lines) throws LedgerCheckFailed {
        List<Event> events = new ArrayList<>();
        if (!lines.endsWith("\n")) {
            throw new LedgerCheckFailed("events.jsonl does not end with a newline: it was cut short");
        }
        for (String line : lines.substring(0, lines.length() - 1).split("\n", -1)) {
            events.add(event(line, events.size()));
        }
        return events;
    }

    private static Event event(String line, int n) throws LedgerCheckFailed {
        JsonNode event;
        try {
            event = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new LedgerCheckFailed("line " + (n + 1) + " of events.jsonl is not JSON");
        }
        if (event == null || !event.isObject()) {
            throw new LedgerCheckFailed("line " + (n + 1) + " of events.jsonl is not a CloudEvent");
        }
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ATTRIBUTES.contains(name)) {
                throw new LedgerCheckFailed("line " + (n + 1) + " has an attribute Entente does not publish: " + name);
            }
        }
        require(event, "specversion", "1.0", n);
        require(event, "source", "/entente/command-service", n);
        require(event, "datacontenttype", "application/json", n);
        String type = text(event, "type", n);
        Envelope envelope = new Envelope(text(event, "id", n), type, Envelope.revisionOf(type),
                text(event, "subject", n), number(event, "sequence", n), text(event, "time", n),
                optional(event, "actorid"), optional(event, "actorname"), optional(event, "actorinstitution"),
                optional(event, "correlationid"), optional(event, "causationid"), data(event, n),
                optional(event, "effectivedate"), version(event, n));
        String chainHash = text(event, "chainhash", n);
        if (!chainHash.matches("[0-9a-f]{64}")) {
            throw new LedgerCheckFailed("line " + (n + 1) + ": chainhash is not 64 lower-case hex digits");
        }
        return new Event(envelope, Hex.parse(chainHash), number(event, "ledgerindex", n));
    }

    /** The envelope's version, read as {@link Envelope#versionOf} reads it; a member that is not text is refused. */
    private static int version(JsonNode event, int n) throws LedgerCheckFailed {
        String version = optional(event, "envelope");
        if (version != null || !event.has("envelope")) {
            try {
                return Envelope.versionOf(version);
            } catch (IllegalArgumentException e) {
                // Refused below, as a member that is not text is.
            }
        }
        throw new LedgerCheckFailed("line " + (n + 1) + ": envelope is not 2, the only version said aloud");
    }

    private static String data(JsonNode event, int n) throws LedgerCheckFailed {
        JsonNode data = event.get("data");
        if (data == null) {
            throw new LedgerCheckFailed("line " + (n + 1) + " has no data");
        }
        return data.toString();
    }

    private static void require(JsonNode event, String name, String value, int n) throws LedgerCheckFailed {
        if (!value.equals(optional(event, name))) {
            throw new LedgerCheckFailed("line " + (n + 1) + ": " + name + " is not " + value);
        }
    }

    private static String text(JsonNode event, String name, int n) throws LedgerCheckFailed {
        String value = optional(event, name);
        if (value == null || value.isEmpty()) {
            throw new LedgerCheckFailed("line " + (n + 1) + " has no " + name);
        }
        return value;
    }

    private static long number(JsonNode event, String name, int n) throws LedgerCheckFailed {
        String value = text(event, name, n);
        if (!value.matches("0|[1-9][0-9]{0,17}")) {
            throw new LedgerCheckFailed("line " + (n + 1) + ": " + name + " is not a number: " + value);
        }
        return Long.parseLong(value);
    }

    private static String optional(JsonNode event, String name) {
        JsonNode value = event.get(name);
        return value == null || value.isNull() || !value.isTextual() ? null : value.asText();
    }
}
