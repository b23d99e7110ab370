package org.entente.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether every record written under a released schema still validates against the schema now published under
 * the same name: the backward-compatibility check of a schema registry, for the closed JSON Schemas of the contract
 * (no additional properties). A subscriber replays years of records with today's schemas, so a field removed or
 * made required, a type or format changed, an enum value removed or a constraint tightened breaks it; a new
 * optional field or a new enum value does not. Such a break needs a new revision of the event, and an upcaster.
 */
final class SchemaCompatibility {

    /** Keywords whose any change can refuse an old value; their removal never does. */
    private static final List<String> CONSTRAINTS = List.of("format", "pattern", "const", "minLength", "maxLength",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "multipleOf", "$ref");

    private SchemaCompatibility() {
    }

    /** What in {@code current} refuses data {@code released} accepted, each with its JSON path; empty: compatible. */
    static List<String> breaks(JsonNode released, JsonNode current) {
        List<String> found = new ArrayList<>();
        compare("$", released, current, found);
        return found;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> found) {
        Set<String> oldTypes = types(released);
        Set<String> newTypes = types(current);
        if (!newTypes.isEmpty() && !newTypes.containsAll(oldTypes)) {
            found.add(path + ": type " + oldTypes + " became " + newTypes);
        }
        for (String keyword : CONSTRAINTS) {
            if (current.has(keyword) && !current.get(keyword).equals(released.get(keyword))) {
                found.add(path + ": " + keyword + " " + released.get(keyword) + " became " + current.get(keyword));
            }
        }
        if (current.has("enum")) {
            Set<JsonNode> allowed = new HashSet<>();
            current.get("enum").forEach(allowed::add);
            released.path("enum").forEach(value -> {
                if (!allowed.contains(value)) {
                    found.add(path + ": enum value " + value + " removed");
                }
            });
        }
        compareProperties(path, released, current, found);
        if (released.has("items") && current.has("items")) {
            compare(path + "[]", released.get("items"), current.get("items"), found);
        }
    }

    private static void compareProperties(String path, JsonNode released, JsonNode current, List<String> found) {
        Set<String> wasRequired = names(released.path("required"));
        for (String required : names(current.path("required"))) {
            if (!wasRequired.contains(required)) {
                found.add(path + "." + required + ": made required");
            }
        }
        boolean closed = current.path("additionalProperties").isBoolean()
                && !current.get("additionalProperties").asBoolean();
        for (Map.Entry<String, JsonNode> property : iterable(released.path("properties"))) {
            JsonNode now = current.path("properties").get(property.getKey());
            if (now == null) {
                if (closed) {
                    found.add(path + "." + property.getKey() + ": removed");
                }
            } else {
                compare(path + "." + property.getKey(), property.getValue(), now, found);
            }
        }
        boolean wasClosed = released.path("additionalProperties").isBoolean()
                && !released.get("additionalProperties").asBoolean();
        if (closed && !wasClosed && released.has("properties")) {
            found.add(path + ": additional properties forbidden");
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.get("type");
        Set<String> names = new HashSet<>();
        if (type == null) {
            return names;
        }
        if (type.isArray()) {
            type.forEach(t -> names.add(t.asText()));
        } else {
            names.add(type.asText());
        }
        // A number accepts every integer: a type widened from integer to number refuses no old value.
        if (names.contains("number")) {
            names.add("integer");
        }
        return names;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return () -> object.fields();
    }
}
