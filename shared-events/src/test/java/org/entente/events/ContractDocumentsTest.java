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

    /**
     * Issue 31, requirement 2: the status each event leads to is published from the one lifecycle definition, as
     * events.md's table, as each AsyncAPI message's description, and machine-readable in {@code lifecycle.json}
     * beside the schemas, which asyncapi.yaml links to ({@code -Dentente.contract.write=true} writes them all).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theLifecycle_isPublished_asATable_asEachMessagesDescription_andAsJsonBesideTheSchemas() throws Exception {
        Path json = Path.of("src/main/resources/schemas/lifecycle.json");
        Path catalogueFile = DOCS.resolve("events.md");
        Path asyncApiFile = DOCS.resolve("asyncapi.yaml");
        if (Boolean.getBoolean("entente.contract.write")) {
            Files.writeString(json, ContractLifecycle.json());
            Files.writeString(catalogueFile, ContractAttributes.between(Files.readString(catalogueFile),
                    ContractLifecycle.TABLE_START, ContractLifecycle.TABLE_END, ContractLifecycle.table()));
            Files.writeString(asyncApiFile, ContractLifecycle.asyncApiWith(Files.readString(asyncApiFile)));
        }

        assertThat(json).as("lifecycle.json (regenerate: -Dentente.contract.write=true)").exists();
        assertThat(Files.readString(json)).isEqualTo(ContractLifecycle.json());
        assertThat(ContractAttributes.renderedBetween(Files.readString(catalogueFile), ContractLifecycle.TABLE_START,
                ContractLifecycle.TABLE_END)).as("events.md's lifecycle table").isEqualTo(ContractLifecycle.table());
        Map<String, String> descriptions = ContractLifecycle.inAsyncApi(Files.readString(asyncApiFile));
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            assertThat(descriptions.get(type.getSimpleName())).as("asyncapi.yaml's description of %s",
                    type.getSimpleName()).isEqualTo(ContractLifecycle.sentence(type.getSimpleName()));
        }
        Map<String, Object> info = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(
                Files.readString(asyncApiFile))).get("info");
        assertThat(info.get("x-lifecycle")).isEqualTo(ContractLifecycle.ASYNCAPI_LINK);
        assertThat(DOCS.resolve((String) info.get("x-lifecycle")).normalize()).isEqualTo(
                Path.of("..", ContractLifecycle.FILE).normalize());
    }

    /** The published table folds like the lifecycle itself: a subscriber reading only the JSON gets each status. */
    @Test
    void aSubscriberFoldingTheJson_getsTheLifecyclesStatuses() throws Exception {
        com.fasterxml.jackson.databind.JsonNode published = ContractJson.MAPPER.readTree(
                Path.of("src/main/resources/schemas/lifecycle.json").toFile());

        assertThat(published.at("/start/type").asText()).isEqualTo(EventCatalog.cloudEventType(
                PartnershipLifecycle.startingEvent()));
        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            for (PartnershipStatus before : PartnershipStatus.values()) {
                PartnershipStatus after = PartnershipLifecycle.transitions(type).get(before);
                com.fasterxml.jackson.databind.JsonNode cell = published.path("transitions")
                        .path(EventCatalog.cloudEventType(type)).path(before.name());
                assertThat(cell.isMissingNode() ? null : cell.asText()).as("%s in %s", type.getSimpleName(), before)
                        .isEqualTo(after == null ? null : after.name());
            }
        }
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
