package org.entente.events;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 31, requirement 4: the schemas of every released version of the contract are kept, under
 * {@code src/test/resources/released/<version>/}, and a record written under any of them still validates against
 * the schema published today under the same name, since subscribers replay years of records with today's schemas.
 * A change that would refuse old records is a new revision of the event (a new schema file) and its upcaster.
 */
class ReleasedSchemasTest {

    private static final Path RELEASED = Path.of("src/test/resources/released");
    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");

    @Test
    void everyReleasedSchema_isStillPublished_andAcceptsEveryRecordItAccepted() throws Exception {
        List<Path> released = releasedSchemas();
        assertThat(released).isNotEmpty();
        for (Path schema : released) {
            Path published = SCHEMAS.resolve(schema.getFileName());
            String name = RELEASED.relativize(schema).toString();
            assertThat(published).as("%s is no longer published: records of that revision stay on the topic", name)
                    .exists();
            assertThat(SchemaCompatibility.breaks(ContractJson.MAPPER.readTree(schema.toFile()),
                    ContractJson.MAPPER.readTree(published.toFile())))
                    .as("%s refuses records written under %s: publish a new revision of the event, with its "
                            + "upcaster, instead", published.getFileName(), name).isEmpty();
        }
    }

    /** The version the AsyncAPI document declares is kept as released: changing a schema means a new version. */
    @Test
    void theVersionTheAsyncApiDocumentDeclares_isKept_exactlyAsPublished() throws Exception {
        Map<?, ?> info = (Map<?, ?>) ((Map<?, ?>) new Yaml().load(Files.readString(Path.of("..", "docs",
                "asyncapi.yaml")))).get("info");
        Path release = RELEASED.resolve(String.valueOf(info.get("version")));

        for (Class<? extends PartnershipEvent> type : EventCatalog.types()) {
            String file = EventCatalog.schemaResource(type).substring("/schemas/".length());
            assertThat(release.resolve(file)).as("%s of contract version %s (copy it there, and raise the version in "
                    + "asyncapi.yaml when a schema changes)", file, info.get("version")).exists();
            assertThat(Files.readString(release.resolve(file))).as(file).isEqualTo(
                    Files.readString(SCHEMAS.resolve(file)));
        }
    }

    private static List<Path> releasedSchemas() throws IOException {
        try (Stream<Path> files = Files.walk(RELEASED)) {
            return files.filter(file -> file.toString().endsWith(".schema.json")).sorted().toList();
        }
    }
}
