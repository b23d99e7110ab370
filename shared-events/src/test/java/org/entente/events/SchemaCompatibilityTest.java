package org.entente.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry's check on a real schema: each change that refuses old records is found, and only those. */
class SchemaCompatibilityTest {

    @Test
    void theSameSchema_isCompatible() throws Exception {
        assertThat(SchemaCompatibility.breaks(proposed(), proposed())).isEmpty();
    }

    @Test
    void aNewOptionalField_aNewEnumValue_aWiderTypeOrALooserConstraint_refuseNoOldRecord() throws Exception {
        assertThat(breaks(s -> properties(s).putObject("budgetLine").put("type", "string"))).isEmpty();
        assertThat(breaks(s -> ((ArrayNode) at(s, "properties", "lead", "properties", "kind").get("enum"))
                .add("PUBLIC_INTEREST_GROUPING"))).isEmpty();
        assertThat(breaks(s -> at(duration(s), "properties", "noticePeriodDays").put("type", "number"))).isEmpty();
        assertThat(breaks(s -> at(s, "properties", "partnershipId").remove("format"))).isEmpty();
    }

    @Test
    void aFieldRemoved_isABreak() throws Exception {
        assertThat(breaks(s -> properties(s).remove("purpose"))).containsExactly("$.purpose: removed");
    }

    @Test
    void aFieldMadeRequired_orANewRequiredField_isABreak() throws Exception {
        assertThat(breaks(s -> ((ArrayNode) duration(s).get("required")).add("end")))
                .containsExactly("$.terms.duration.end: made required");
        assertThat(breaks(s -> {
            properties(s).putObject("budgetLine").put("type", "string");
            ((ArrayNode) s.get("required")).add("budgetLine");
        })).containsExactly("$.budgetLine: made required");
    }

    @Test
    void aTypeOrAFormatChanged_isABreak() throws Exception {
        assertThat(breaks(s -> at(duration(s), "properties", "noticePeriodDays").put("type", "string")))
                .singleElement().asString().startsWith("$.terms.duration.noticePeriodDays: type");
        assertThat(breaks(s -> at(s, "properties", "proposedAt").put("format", "date")))
                .containsExactly("$.proposedAt: format \"date-time\" became \"date\"");
        assertThat(breaks(s -> at(contribution(s), "amountEur").put("type", "integer")))
                .singleElement().asString().startsWith("$.terms.contributions[].amountEur: type");
    }

    @Test
    void anEnumValueRemoved_orAConstraintTightened_isABreak() throws Exception {
        assertThat(breaks(s -> ((ArrayNode) at(contribution(s), "kind").get("enum")).remove(0)))
                .containsExactly("$.terms.contributions[].kind: enum value \"FUNDING\" removed");
        assertThat(breaks(s -> at(s, "properties", "title").put("maxLength", 80)))
                .containsExactly("$.title: maxLength null became 80");
    }

    private static java.util.List<String> breaks(Consumer<ObjectNode> change) throws Exception {
        ObjectNode changed = proposed();
        change.accept(changed);
        return SchemaCompatibility.breaks(proposed(), changed);
    }

    private static ObjectNode proposed() throws Exception {
        try (InputStream in = EventCatalog.class.getResourceAsStream(EventCatalog.schemaResource(
                PartnershipEvent.PartnershipProposed.class))) {
            return (ObjectNode) ContractJson.MAPPER.readTree(in);
        }
    }

    /** The node at {@code path} under the schema, which must be there: a wrong path fails, never adds one. */
    private static ObjectNode at(ObjectNode schema, String... path) {
        ObjectNode node = schema;
        for (String name : path) {
            node = (ObjectNode) java.util.Objects.requireNonNull(node.get(name), name);
        }
        return node;
    }

    private static ObjectNode properties(ObjectNode schema) {
        return at(schema, "properties");
    }

    private static ObjectNode duration(ObjectNode schema) {
        return at(schema, "properties", "terms", "properties", "duration");
    }

    private static ObjectNode contribution(ObjectNode schema) {
        return at(schema, "properties", "terms", "properties", "contributions", "items", "properties");
    }
}
