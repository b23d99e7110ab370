package org.entente.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a seed scenario, as written in its {@code scenario.json}: who acts ({@code as}), the request
 * ({@code post}, with a body inline or in a file beside it, and {@code with}: what to change in that body, merged
 * into it), and what the step waits for on the query side before it is sent ({@code awaits}: JSON pointers into the
 * partnership and the values they must hold, as a partner waits for a report to be asked for before filing it).
 * Dates are templates ({@link SeedDates}); so are {@code {id}}, {@code {version}} and {@code {termsHash}}, read from
 * the partnership as it stands.
 */
record SeedStep(String person, String path, String body, Map<String, String> awaits) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SeedStep of(Path directory, JsonNode step, SeedDates dates) throws IOException {
        JsonNode body = step.has("bodyFile") ? JSON.readTree(Files.readString(directory.resolve(
                step.get("bodyFile").asText()))) : step.has("body") ? step.get("body").deepCopy()
                : JSON.createObjectNode();
        if (step.has("with")) {
            merge((ObjectNode) body, step.get("with"));
        }
        return new SeedStep(step.get("as").asText(), step.get("post").asText(), dates.fill(body.toString()),
                pointers(step.path("awaits"), dates));
    }

    /** JSON pointers and the values they must read, dates filled. */
    static Map<String, String> pointers(JsonNode conditions, SeedDates dates) {
        Map<String, String> pointers = new LinkedHashMap<>();
        conditions.fields().forEachRemaining(entry -> pointers.put(dates.fill(entry.getKey()),
                dates.fill(entry.getValue().asText())));
        return pointers;
    }

    /** Objects merge field by field; any other value replaces the one it meets. */
    private static void merge(ObjectNode into, JsonNode changes) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> change = fields.next();
            JsonNode existing = into.get(change.getKey());
            if (existing instanceof ObjectNode object && change.getValue().isObject()) {
                merge(object, change.getValue());
            } else {
                into.set(change.getKey(), change.getValue().deepCopy());
            }
        }
    }

    /** The step's path and body with the partnership's id, version on the table and its hash. */
    SeedStep filled(String id, JsonNode current) {
        return new SeedStep(person, fill(path, id, current), fill(body, id, current), awaits);
    }

    private static String fill(String template, String id, JsonNode current) {
        String filled = id == null ? template : template.replace("{id}", id);
        if (current != null) {
            filled = filled.replace("{version}", current.at("/terms/version").asText())
                    .replace("{termsHash}", current.at("/terms/hash").asText());
        }
        return filled;
    }
}
