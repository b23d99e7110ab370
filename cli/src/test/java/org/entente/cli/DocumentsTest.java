package org.entente.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents point only at what exists (issue 18): a reader who follows a link lands on a file and a heading,
 * and a promise cited with its test stays proved, since a test renamed or deleted fails the build here instead of
 * leaving the guarantee table naming nothing.
 */
class DocumentsTest {

    static final Path ROOT = DocumentChecks.ROOT;

    @Test
    void everyLinkAndEveryCitedTest_pointsAtWhatExists() throws IOException {
        DocumentChecks.TestSources tests = DocumentChecks.TestSources.of(ROOT);
        List<String> problems = new ArrayList<>();
        for (Path document : DocumentChecks.documents(ROOT)) {
            problems.addAll(DocumentChecks.problems(document, Files.readString(document), tests));
        }
        assertThat(problems).as("broken links and cited tests that do not exist").isEmpty();
    }

    @Nested
    class TheChecker {

        private final Path example = ROOT.resolve("docs/example.md");
        private final DocumentChecks.TestSources tests =
                new DocumentChecks.TestSources(Map.of("RealIT", "class RealIT { void aRealCase_holds() {} }"));

        @Test
        void aLinkToAMissingFile_isNamedWithItsDocumentAndLine() {
            assertThat(DocumentChecks.problems(example, "# Example\n\nSee [the map](nowhere.md) and [this](api.md).\n", tests))
                    .containsExactly("docs/example.md:3: link to nowhere.md: no file or directory docs/nowhere.md");
        }

        @Test
        void anAnchorNoHeadingHas_isNamed() {
            String markdown = "# Example\n\n[a](api.md#errors) [b](api.md#no-such-heading) [c](#example) [d](#gone)\n";
            assertThat(DocumentChecks.problems(example, markdown, tests)).containsExactly(
                    "docs/example.md:3: link to api.md#no-such-heading: no heading #no-such-heading in docs/api.md",
                    "docs/example.md:3: link to #gone: no heading #gone in docs/example.md");
        }

        @Test
        void aCitedTestThatDoesNotExist_isNamed() {
            String markdown = "`RealIT`, `RealIT.aRealCase_holds`, `RealIT.aReal…`, `RealIT.aRealCase_...`,\n"
                    + "`GhostIT`, `RealIT.anUnrealCase`, `RealIT.aRealCase`, `RealIT.unreal_…`\n";
            assertThat(DocumentChecks.problems(example, markdown, tests)).containsExactly(
                    "docs/example.md:2: cited test GhostIT: no */src/test/java/**/GhostIT.java",
                    "docs/example.md:2: cited test RealIT.anUnrealCase: RealIT has no method anUnrealCase",
                    "docs/example.md:2: cited test RealIT.aRealCase: RealIT has no method aRealCase",
                    "docs/example.md:2: cited test RealIT.unreal_…: RealIT has no method starting with unreal_");
        }

        @Test
        void whatIsNeitherALinkNorACitation_isLeftAlone() {
            String markdown = "[web](https://example.org/x.md#y) `*IT` `PostgresServer.startForTests` `[a](b.md)`\n"
                    + "```bash\n# [not a link](nowhere.md) `GhostIT`\n```\n![shot](screenshots/partnership.png)\n";
            assertThat(DocumentChecks.problems(example, markdown, tests)).isEmpty();
        }

        @Test
        void headings_getGitHubsAnchors() {
            assertThat(DocumentChecks.anchors("# What \"answered 2xx\" promises\n## Operating the read side (role `admin` only)\n"
                    + "## 5. The read API (command-service, any signed-in caller)\n## Tests\n### Tests ###\n"))
                    .containsExactlyInAnyOrder("what-answered-2xx-promises", "operating-the-read-side-role-admin-only",
                            "5-the-read-api-command-service-any-signed-in-caller", "tests", "tests-1");
        }
    }
}
