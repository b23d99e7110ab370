package org.entente.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CloudEvents attributes of a record, rendered for each document from their one source,
 * {@code cloudevents/attributes.json}: events.md's table, api.md's list of extensions and asyncapi.yaml's headers.
 * Each rendering stands between two markers named after it, and nothing else of a document is touched.
 */
final class ContractAttributes {

    static final String SOURCE = "/cloudevents/attributes.json";
    static final String FILE = "shared-events/src/main/resources/cloudevents/attributes.json";

    /** The markers around each rendering, in the document it belongs to. */
    enum Block {
        CATALOGUE("events.md", "<!-- cloudevents-attributes (generated from " + FILE + ") -->",
                "<!-- /cloudevents-attributes -->"),
        API("api.md", "<!-- cloudevents-extensions (generated from " + FILE + ") -->",
                "<!-- /cloudevents-extensions -->"),
        ASYNCAPI("asyncapi.yaml", "        # cloudevents-attributes (generated from " + FILE + ")",
                "# /cloudevents-attributes");

        final String document;
        final String start;
        final String end;

        Block(String document, String start, String end) {
            this.document = document;
            this.start = start;
            this.end = end;
        }
    }

    /** The rendering that belongs in the block. */
    String rendering(Block block) {
        return switch (block) {
            case CATALOGUE -> catalogueTable();
            case API -> extensionList();
            case ASYNCAPI -> asyncApiHeaders();
        };
    }

    private final List<JsonNode> attributes = new ArrayList<>();

    private ContractAttributes(JsonNode source) {
        source.get("attributes").forEach(attributes::add);
    }

    static ContractAttributes read() {
        try (InputStream in = ContractAttributes.class.getResourceAsStream(SOURCE)) {
            return new ContractAttributes(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> headers() {
        return attributes.stream().map(attribute -> attribute.get("header").asText()).toList();
    }

    List<String> requiredHeaders() {
        return attributes.stream().filter(attribute -> attribute.get("required").asBoolean())
                .map(attribute -> attribute.get("header").asText()).toList();
    }

    /** events.md: a row per attribute, its header and what it holds. */
    String catalogueTable() {
        StringBuilder table = new StringBuilder("| CloudEvents attribute | header | value |\n|---|---|---|\n");
        for (JsonNode attribute : attributes) {
            table.append("| ").append(attribute.path("extension").asBoolean() ? "extension " : "").append('`')
                    .append(attribute.get("attribute").asText()).append("` | `").append(attribute.get("header")
                            .asText()).append("` | ").append(attribute.get("value").asText()).append(" |\n");
        }
        return table.toString();
    }

    /** api.md: the extensions, by name, in the order of the source. */
    String extensionList() {
        List<String> names = attributes.stream().filter(attribute -> attribute.path("extension").asBoolean())
                .map(attribute -> "`" + attribute.get("attribute").asText() + "`").toList();
        return "The CloudEvents extensions of a record: " + String.join(", ", names.subList(0, names.size() - 1))
                + " and " + names.get(names.size() - 1) + "; [events.md](events.md) says what each holds.\n";
    }

    /** asyncapi.yaml: the message trait's headers, each with its schema and what it holds. */
    String asyncApiHeaders() {
        StringBuilder yaml = new StringBuilder("        type: object\n        required: [")
                .append(String.join(", ", requiredHeaders())).append("]\n        properties:\n");
        for (JsonNode attribute : attributes) {
            List<String> entries = new ArrayList<>();
            attribute.get("schema").fields().forEachRemaining(entry ->
                    entries.add(entry.getKey() + ": " + quoted(entry.getValue().asText())));
            entries.add("description: " + quoted(attribute.get("value").asText()));
            yaml.append("          ").append(attribute.get("header").asText()).append(": {")
                    .append(String.join(", ", entries)).append("}\n");
        }
        return yaml.toString();
    }

    /** The document with {@code rendering} between its two markers, {@code start} and {@code end}. */
    static String between(String document, String start, String end, String rendering) {
        Matcher block = block(start, end).matcher(document);
        if (!block.find()) {
            throw new IllegalStateException("No '" + start + "' … '" + end + "' block in the document");
        }
        return document.substring(0, block.start(1)) + rendering + document.substring(block.end(1));
    }

    /** What stands between the two markers, or null without them. */
    static String renderedBetween(String document, String start, String end) {
        Matcher block = block(start, end).matcher(document);
        return block.find() ? block.group(1) : null;
    }

    private static Pattern block(String start, String end) {
        return Pattern.compile(Pattern.quote(start) + "\\n(.*?)" + "(?=[ ]*" + Pattern.quote(end) + ")",
                Pattern.DOTALL);
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
