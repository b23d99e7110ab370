package org.entente.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What changed, clause by clause, between two versions of the terms ({@code …/terms/diff}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TermsDiff(int from, int to, List<Change> changes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String clause, String kind, JsonNode from, JsonNode to, String text) {

        /** Every field of the clause on both sides, each marked changed or not, for a side-by-side redline. */
        public List<Field> fields() {
            Set<String> names = new LinkedHashSet<>();
            collect(from, names);
            collect(to, names);
            List<Field> fields = new ArrayList<>();
            for (String name : names) {
                String before = text(from, name);
                String after = text(to, name);
                fields.add(new Field(name, before, after, !java.util.Objects.equals(before, after)));
            }
            return fields;
        }

        private static void collect(JsonNode node, Set<String> names) {
            if (node != null && node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    names.add(it.next().getKey());
                }
            } else if (node != null && !node.isNull()) {
                names.add("");
            }
        }

        private static String text(JsonNode node, String name) {
            JsonNode value = name.isEmpty() ? node : node == null ? null : node.get(name);
            if (value == null || value.isNull() || value.isMissingNode()) {
                return null;
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }
    }

    /** One field of a clause before and after. */
    public record Field(String name, String before, String after, boolean changed) {
    }
}
