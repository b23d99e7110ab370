package org.entente.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type has a JSON Schema in src/main/resources/schemas, generated from its record and kept in the
 * repository so that subscribers in any language can read it. Regenerate after a deliberate change of the
 * contract with {@code ./mvnw -pl shared-events test -Dentente.contract.write=true}.
 */
class EventSchemasTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    /** Fields that may be absent; every other field of every event is required. */
    private static final Set<String> OPTIONAL = Set.of("LegalBasis.reference", "Territory.code", "Duration.end",
            "Contribution.amountEur", "Contribution.fte", "Contribution.schedule", "Indicator.baseline",
            "Indicator.target", "PartnershipDissolved.details", "PartnershipExpired.noticeGivenBy",
            "PersonalDataRectified.name", "PersonalDataRectified.capacity");

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(schemaConfig());

    @Test
    void everyEventType_hasItsSchema_upToDateWithTheRecord() throws Exception {
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            Path file = SCHEMAS.resolve(EventCatalog.schemaResource(type).substring("/schemas/".length()));
            String generated = ContractJson.MAPPER.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(generate(type)) + "\n";
            if (Boolean.getBoolean("entente.contract.write")) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(file, generated);
            }
            assertThat(file).as("schema of " + type.getSimpleName()).exists();
            assertThat(Files.readString(file)).as(file + " is stale: regenerate it").isEqualTo(generated);
        }
    }

    @Test
    void everySample_isValidAgainstItsSchema() throws Exception {
        for (PartnershipEvent sample : SampleEvents.all()) {
            JsonNode json = ContractJson.MAPPER.valueToTree(sample);

            assertThat(schemaOf(sample.getClass()).validate(json)).as(sample.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void anEventWithoutARequiredField_orWithAnUnknownOne_isInvalid() throws Exception {
        ObjectNode proposed = ContractJson.MAPPER.valueToTree(SampleEvents.all().get(0));
        JsonSchema schema = schemaOf(PartnershipEvent.PartnershipProposed.class);

        assertThat(schema.validate(proposed.deepCopy().without("termsHash"))).isNotEmpty();
        assertThat(schema.validate(proposed.deepCopy().put("budget", 12))).isNotEmpty();
        assertThat(schema.validate(proposed.deepCopy().put("type", "FRIENDSHIP"))).isNotEmpty();
    }

    static JsonSchema schemaOf(Class<? extends PartnershipEvent> type) throws Exception {
        try (InputStream schema = EventCatalog.class.getResourceAsStream(
                EventCatalog.schemaResource(type.asSubclass(PartnershipEvent.class)))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        }
    }

    private static ObjectNode generate(Class<? extends PartnershipEvent> type) {
        EventType published = PartnershipEvent.typeOf(type);
        ObjectNode schema = GENERATOR.generateSchema(type);
        schema.put("$id", "urn:entente:schema:" + published.name() + ":v" + published.revision());
        schema.put("title", published.name() + " (revision " + published.revision() + ")");
        return schema;
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig schemaConfig() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forFields().withRequiredCheck(field -> !OPTIONAL.contains(
                field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getName()));
        return config.build();
    }
}
