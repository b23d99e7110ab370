package org.entente.events;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void theCatalogue_describesEveryEvent() throws Exception {
        String catalogue = Files.readString(DOCS.resolve("events.md"));

        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            assertThat(catalogue).contains("## " + type.getSimpleName() + " (revision "
                    + PartnershipEvent.typeOf(type).revision() + ")");
        }
    }
}
