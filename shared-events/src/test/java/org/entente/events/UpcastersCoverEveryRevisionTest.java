package org.entente.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 31, requirement 4, with {@link ReleasedSchemasTest}: a change that would refuse old records is a new
 * revision of the event, and this guard fails until that revision comes with its upcaster: every revision ever
 * published (kept under {@code released/}, or still under {@code schemas/}) below an event's current one has its
 * step to the next, so that a chain reaches today's class from any record ever written.
 */
class UpcastersCoverEveryRevisionTest {

    private static final Path RELEASED = Path.of("src/test/resources/released");
    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");

    @Test
    void everyPublishedRevision_belowTheCurrentOne_hasItsUpcaster() throws IOException {
        Map<String, Integer> current = EventCatalog.types().stream().map(PartnershipEvent::typeOf)
                .collect(Collectors.toMap(EventType::name, EventType::revision));

        assertThat(UpcasterCoverage.missing(publishedTypes(), current, EventUpcasters.contract()))
                .as("revisions today's contract cannot read: add each step to EventUpcasters' contract").isEmpty();
    }

    @Test
    void theGuard_namesEveryRevisionWithoutItsStep_andAPublishedNameNoEventHasAnyMore() {
        EventUpcasters oneStep = new EventUpcasters(List.of(TestSteps.renaming("Sample", 1, "old", "new")));
        List<PublishedType> published = List.of(new PublishedType("Sample", 1), new PublishedType("Sample", 3),
                new PublishedType("Gone", 1));

        assertThat(UpcasterCoverage.missing(published, Map.of("Sample", 4), oneStep)).containsExactly(
                "Gone.v1 was published, and no event of today's contract has that name",
                "Sample.v2 has no upcaster to revision 3", "Sample.v3 has no upcaster to revision 4");
    }

    private static List<PublishedType> publishedTypes() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(RELEASED), Files.walk(SCHEMAS))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".schema.json"))
                    .map(name -> PublishedType.parse(EventCatalog.TYPE_PREFIX + name.substring(0,
                            name.length() - ".schema.json".length())).orElseThrow(() ->
                            new IllegalStateException(name + " is not named <Event>.v<revision>.schema.json")))
                    .distinct().toList();
        }
    }
}
