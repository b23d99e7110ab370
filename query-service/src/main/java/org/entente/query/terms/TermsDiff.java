package org.entente.query.terms;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Compares two versions of the terms clause by clause: objectives by their statement, contributions by
 * institution and kind, and each field of governance, duration and evaluation plan. Pure: JSON in, changes out.
 */
final class TermsDiff {

    private TermsDiff() {
    }

    static List<Change> between(JsonNode from, JsonNode to) {
        List<Change> changes = new ArrayList<>();
        keyed(changes, "objective", from.path("objectives"), to.path("objectives"),
                objective -> objective.path("statement").asText());
        keyed(changes, "contribution", from.path("contributions"), to.path("contributions"),
                contribution -> contribution.path("institutionId").asText() + " "
                        + contribution.path("kind").asText().toLowerCase());
        for (String section : List.of("governance", "duration", "evaluationPlan")) {
            fields(changes, section, from.path(section), to.path(section));
        }
        return List.copyOf(changes);
    }

    private static void keyed(List<Change> changes, String clause, JsonNode before, JsonNode after,
                              Function<JsonNode, String> key) {
        Map<String, JsonNode> old = index(before, key);
        Map<String, JsonNode> now = index(after, key);
        old.forEach((name, value) -> {
            if (!now.containsKey(name)) {
                changes.add(new Change(clause + " " + name, Change.Kind.REMOVED, value, null,
                        capitalised(clause) + " '" + name + "' removed."));
            } else if (!value.equals(now.get(name))) {
                changes.add(new Change(clause + " " + name, Change.Kind.CHANGED, value, now.get(name),
                        capitalised(clause) + " '" + name + "' changed: " + describe(value, now.get(name)) + "."));
            }
        });
        now.forEach((name, value) -> {
            if (!old.containsKey(name)) {
                changes.add(new Change(clause + " " + name, Change.Kind.ADDED, null, value,
                        capitalised(clause) + " '" + name + "' added."));
            }
        });
    }

    private static void fields(List<Change> changes, String section, JsonNode before, JsonNode after) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        before.fieldNames().forEachRemaining(name -> names.put(name, true));
        after.fieldNames().forEachRemaining(name -> names.put(name, true));
        for (String name : names.keySet()) {
            JsonNode old = before.get(name);
            JsonNode now = after.get(name);
            if (!Objects.equals(old, now)) {
                Change.Kind kind = old == null ? Change.Kind.ADDED : now == null ? Change.Kind.REMOVED
                        : Change.Kind.CHANGED;
                changes.add(new Change(section + "." + name, kind, old, now,
                        section + "." + name + " " + (kind == Change.Kind.CHANGED ? "changed from " + text(old)
                                + " to " + text(now) : kind.name().toLowerCase()) + "."));
            }
        }
    }

    /** The fields that differ inside one clause, such as "amountEur from 180000 to 150000". */
    private static String describe(JsonNode before, JsonNode after) {
        List<String> parts = new ArrayList<>();
        Map<String, Boolean> names = new LinkedHashMap<>();
        before.fieldNames().forEachRemaining(name -> names.put(name, true));
        after.fieldNames().forEachRemaining(name -> names.put(name, true));
        for (String name : names.keySet()) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                parts.add(name + " from " + text(before.get(name)) + " to " + text(after.get(name)));
            }
        }
        return String.join(", ", parts);
    }

    private static Map<String, JsonNode> index(JsonNode items, Function<JsonNode, String> key) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(key.apply(item), item));
        return byKey;
    }

    private static String text(JsonNode value) {
        return value == null ? "nothing" : value.isTextual() ? value.asText() : value.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
