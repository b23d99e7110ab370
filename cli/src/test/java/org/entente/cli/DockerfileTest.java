package org.entente.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, requirement 2: the images build. No Docker engine runs here, so this reads the Dockerfile as one would
 * (DockerfileChecks): every path it copies exists, its build stage copies every module of the reactor, and whole
 * every module the three images are built from; docker-compose.yml builds stages that exist.
 */
class DockerfileTest {

    private static final Path ROOT = DocumentChecks.ROOT;

    @Test
    void theDockerfile_copiesWhatExists_everyModuleOfTheReactor_andWholeWhatTheImagesAreBuiltFrom() {
        List<String> modules = DockerfileChecks.modules(read(ROOT.resolve("pom.xml")));

        assertThat(modules).contains("shared-events", "ledger", "command-service", "query-service", "web");
        assertThat(DockerfileChecks.problems(read(ROOT.resolve("Dockerfile")), modules, poms(modules),
                path -> Files.exists(ROOT.resolve(path)))).isEmpty();
    }

    @Test
    void composeBuildsEachImage_fromAStageOfTheDockerfile() {
        String compose = read(ROOT.resolve("docker-compose.yml"));

        assertThat(compose).contains("target: command-service", "target: query-service", "target: web");
        assertThat(DockerfileChecks.missingTargets(compose, read(ROOT.resolve("Dockerfile")))).isEmpty();
    }

    @Test
    void noOtherDockerfile_copiesThePartsAgain() throws IOException {
        try (var files = Files.walk(ROOT, 2)) {
            assertThat(files.filter(file -> file.getFileName().toString().startsWith("Dockerfile"))
                    .map(file -> ROOT.relativize(file).toString())).containsExactly("Dockerfile");
        }
    }

    /** The checks themselves, on Dockerfiles that would not build. */
    @Nested
    class TheChecks {

        private final List<String> modules = List.of("events", "ledger", "service", "cli");
        private final Map<String, String> poms = Map.of("service", "<dependency><groupId>org.entente</groupId>"
                + "<artifactId>ledger</artifactId><scope>test</scope></dependency><dependency><groupId>org.other"
                + "</groupId><artifactId>events</artifactId></dependency>");

        @Test
        void aModuleLeftOut_aModuleCopiedInPart_andAPathThatDoesNotExist_areNamed() {
            String dockerfile = """
                    FROM eclipse-temurin:17-jdk AS build
                    COPY pom.xml ./
                    COPY events events
                    COPY ledger/pom.xml ledger/pom.xml
                    COPY service service
                    COPY gone gone
                    FROM eclipse-temurin:17-jre AS service
                    COPY --from=build /src/service/target/service.jar app.jar
                    """;

            assertThat(DockerfileChecks.problems(dockerfile, modules, poms, path -> !path.equals("gone")))
                    .containsExactly("COPY gone: no such path in the build context",
                            "the build stage does not copy the reactor module cli",
                            "an image is built from ledger, which the build stage does not copy whole");
        }

        @Test
        void aComposeTargetNoStageHas_isNamed() {
            assertThat(DockerfileChecks.missingTargets("  svc:\n    build:\n      target: service\n      target: webb\n",
                    "FROM x AS build\nFROM y AS service\n"))
                    .containsExactly("docker-compose.yml builds the target webb, which no stage is");
        }
    }

    private static Map<String, String> poms(List<String> modules) {
        return modules.stream().collect(Collectors.toMap(Function.identity(),
                module -> read(ROOT.resolve(module).resolve("pom.xml"))));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
