package org.entente.events;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document and the catalogue describe every event of the contract, with its real schema. */
class ContractDocumentsTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    @SuppressWarnings("unchecked")
    void theAsyncApiDocument_hasAMessagePerEvent_pointingAtItsSchema() throws Exception {
        Map<String, Object> document = new Yaml().load(Files.readString(DOCS.resolve("asyncapi.yaml")));
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) document.get("components"))
                .get("messages");

        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            Map<String, Object> message = (Map<String, Object>) messages.get(type.getSimpleName());
            assertThat(message).as(type.getSimpleName()).isNotNull();
            assertThat(message.get("name")).isEqualTo(EventCatalog.cloudEventType(type));
            String schemaRef = (String) ((Map<String, Object>) ((Map<String, Object>) message.get("payload"))
                    .get("schema")).get("$ref");
            assertThat(DOCS.resolve(schemaRef)).exists();
        }
    }

    /**
     * Issue 31, requirement 1: each event is described by its own prose, the doc comment on its record, in both
     * documents; none holds source code. {@code -Dentente.contract.write=true} writes the prose into them.
     */
    @Test
    void everyEvent_isDescribedByItsOwnProse_inTheCatalogueAndTheAsyncApiDocument() throws Exception {
        Map<String, String> prose = EventProse.read();
        Path catalogueFile = DOCS.resolve("events.md");
        Path asyncApiFile = DOCS.resolve("asyncapi.yaml");
        if (Boolean.getBoolean("entente.contract.write")) {
            Files.writeString(catalogueFile, ContractDescriptions.catalogueWith(Files.readString(catalogueFile), prose));
            Files.writeString(asyncApiFile, ContractDescriptions.asyncApiWith(Files.readString(asyncApiFile), prose));
        }
        Map<String, String> catalogue = ContractDescriptions.inCatalogue(Files.readString(catalogueFile));
        Map<String, String> asyncApi = ContractDescriptions.inAsyncApi(Files.readString(asyncApiFile));

        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            String name = type.getSimpleName();
            assertThat(prose.get(name)).as("the doc comment of %s", name).isNotBlank();
            assertThat(catalogue.get(name)).as("events.md on %s (regenerate: -Dentente.contract.write=true)", name)
                    .isEqualTo(prose.get(name));
            assertThat(asyncApi.get(name)).as("asyncapi.yaml on %s (regenerate: -Dentente.contract.write=true)",
                    name).isEqualTo(prose.get(name));
        }
        assertThat(ContractDescriptions.holdingSourceCode(prose)).as("descriptions that hold source code").isEmpty();
    }

    /** The checks above would have caught what the first extraction published, a neighbouring comment and code. */
    @Test
    void aDescriptionTakenFromAroundTheRecord_isCaught() {
        String source = """
                /** A fact in the life of one partnership. */
                public sealed interface PartnershipEvent permits PartnershipEvent.AmendmentOpened {
                    /** The value an indicator reached over the period. */
                    public record Measurement(String indicator, BigDecimal value) {
                    }

                    /** A partner opened an amendment (avenant); its terms are renegotiated. */
                    @EventType(name = "AmendmentOpened", revision = 1)
                    record AmendmentOpened(UUID partnershipId) implements PartnershipEvent {
                    }
                }
                """;

        assertThat(EventProse.parse(source)).containsEntry("AmendmentOpened",
                "A partner opened an amendment (avenant); its terms are renegotiated.");
        assertThat(ContractDescriptions.holdingSourceCode(Map.of("AmendmentOpened", "The value an indicator "
                + "reached over the period. / public record Measurement(String indicator, BigDecimal value) {",
                "PartnershipProposed", "A fact. / public sealed interface PartnershipEvent permits")))
                .hasSize(2);
        assertThat(ContractDescriptions.holdingSourceCode(Map.of("TermsRejected", "A partner rejected the "
                + "version on the table, saying why; negotiation goes on (public bodies too).")))
                .as("prose is not taken for code").isEmpty();
    }

    /**
     * Issue 31, requirement 1: the CloudEvents attributes are listed the same way in events.md, api.md and
     * asyncapi.yaml, because one source renders them all ({@code -Dentente.contract.write=true} writes them there);
     * the headers every record carries, {@code ce_dataschema} among them, are required.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theCloudEventAttributes_areListedTheSameWayInEveryDocument_fromOneSource() throws Exception {
        ContractAttributes attributes = ContractAttributes.read();
        for (ContractAttributes.Block block : ContractAttributes.Block.values()) {
            Path file = DOCS.resolve(block.document);
            if (Boolean.getBoolean("entente.contract.write")) {
                Files.writeString(file, ContractAttributes.between(Files.readString(file), block.start, block.end,
                        attributes.rendering(block)));
            }
            assertThat(ContractAttributes.renderedBetween(Files.readString(file), block.start, block.end))
                    .as("%s's CloudEvents attributes (regenerate: -Dentente.contract.write=true)", block.document)
                    .isEqualTo(attributes.rendering(block));
        }

        Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) ((Map<String, Object>) new Yaml().load(Files.readString(DOCS.resolve(
                        "asyncapi.yaml")))).get("components")).get("messageTraits")).get("cloudEvent")).get("headers");
        assertThat((List<String>) headers.get("required")).contains("ce_dataschema", "ce_sequence")
                .containsExactlyElementsOf(attributes.requiredHeaders());
        assertThat(((Map<String, Object>) headers.get("properties")).keySet())
                .containsExactlyElementsOf(attributes.headers());
    }

    @Test
    void theCatalogue_describesEveryEvent() throws Exception {
        String catalogue = Files.readString(DOCS.resolve("events.md"));

        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            assertThat(catalogue).contains("## " + type.getSimpleName() + " (revision "
                    + PartnershipEvent.typeOf(type).revision() + ")");
        }
    }
}
