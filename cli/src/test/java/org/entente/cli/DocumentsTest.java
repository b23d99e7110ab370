package org.entente.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents point only at what exists (issue 18): a reader who follows a link lands on a file and a heading,
 * and a promise cited with its test stays proved, since a test renamed or deleted fails the build here instead of
 * leaving the guarantee table naming nothing.
 */
class DocumentsTest {

    static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)(?:\\s+#+)?\\s*$");
    private static final Pattern CITED_TEST =
            Pattern.compile("([A-Z][A-Za-z0-9]*(?:Test|IT))(?:\\.(\\w+)(…|\\.\\.\\.)?)?");
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?|mailto):.*");

    @Test
    void everyLinkAndEveryCitedTest_pointsAtWhatExists() throws IOException {
        TestSources tests = TestSources.of(ROOT);
        List<String> problems = new ArrayList<>();
        for (Path document : documents(ROOT)) {
            problems.addAll(problems(document, Files.readString(document), tests));
        }
        assertThat(problems).as("broken links and cited tests that do not exist").isEmpty();
    }

    static List<Path> documents(Path root) throws IOException {
        List<Path> documents = new ArrayList<>(
                List.of(root.resolve("README.md"), root.resolve("BENCHMARKS.md"), root.resolve("RELIABILITY.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** Every broken link and missing test of one document, each as {@code document:line: what is missing}. */
    static List<String> problems(Path document, String markdown, TestSources tests) {
        Set<String> ownAnchors = anchors(markdown);
        List<String> problems = new ArrayList<>();
        prose(markdown).forEach((number, line) -> {
            String where = ROOT.relativize(document) + ":" + number + ": ";
            linkProblems(document, ownAnchors, line).forEach(problem -> problems.add(where + problem));
            citationProblems(line, tests).forEach(problem -> problems.add(where + problem));
        });
        return problems;
    }

    /** The lines outside fenced code, by number: a bash comment there is no heading, a string there no link. */
    static Map<Integer, String> prose(String markdown) {
        Map<Integer, String> prose = new LinkedHashMap<>();
        boolean fenced = false;
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (FENCE.matcher(lines.get(i)).find()) {
                fenced = !fenced;
            } else if (!fenced) {
                prose.put(i + 1, lines.get(i));
            }
        }
        return prose;
    }

    static List<String> linkProblems(Path document, Set<String> ownAnchors, String line) {
        List<String> problems = new ArrayList<>();
        Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll("code"));
        while (link.find()) {
            String target = link.group(1);
            if (ABSOLUTE.matcher(target).matches()) {
                continue; // the web is not ours to keep, nor reachable from every build
            }
            int hash = target.indexOf('#');
            String file = hash < 0 ? target : target.substring(0, hash);
            Path resolved = document.resolveSibling(file).normalize();
            if (!file.isEmpty() && !Files.exists(resolved)) {
                problems.add("link to " + target + ": no file or directory " + ROOT.relativize(resolved));
            } else if (hash >= 0 && (file.isEmpty() || file.endsWith(".md"))) {
                String anchor = target.substring(hash + 1);
                Set<String> anchors = file.isEmpty() ? ownAnchors : anchors(read(resolved));
                if (!anchors.contains(anchor)) {
                    problems.add("link to " + target + ": no heading #" + anchor + " in "
                            + ROOT.relativize(file.isEmpty() ? document : resolved));
                }
            }
        }
        return problems;
    }

    static List<String> citationProblems(String line, TestSources tests) {
        List<String> problems = new ArrayList<>();
        Matcher span = CODE_SPAN.matcher(line);
        while (span.find()) {
            Matcher cited = CITED_TEST.matcher(span.group(1));
            if (!cited.matches()) {
                continue;
            }
            String type = cited.group(1);
            Optional<String> source = tests.source(type);
            if (source.isEmpty()) {
                problems.add("cited test " + span.group(1) + ": no */src/test/java/**/" + type + ".java");
            } else if (cited.group(2) != null && !holds(source.get(), cited.group(2), cited.group(3) != null)) {
                problems.add("cited test " + span.group(1) + ": " + type + " has no method "
                        + (cited.group(3) != null ? "starting with " : "") + cited.group(2));
            }
        }
        return problems;
    }

    /** Whether a test's source names the method cited, or with "…" one that starts so. */
    static boolean holds(String source, String method, boolean prefix) {
        return Pattern.compile("\\b" + Pattern.quote(method) + (prefix ? "" : "\\b")).matcher(source).find();
    }

    /** The anchors GitHub gives the headings of a Markdown text, a repeated heading's numbered from 1. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : prose(markdown).values()) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int earlier = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(earlier == 0 ? slug : slug + "-" + earlier);
            }
        }
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation dropped but for hyphens (and underscores), spaces to hyphens. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{Nd}\\p{Pc} -]", "").replace(' ', '-');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The test sources by simple class name, found wherever their package has moved to. */
    record TestSources(Map<String, String> byName) {

        static TestSources of(Path root) throws IOException {
            Map<String, String> byName = new HashMap<>();
            for (Path file : testFiles(root)) {
                String name = file.getFileName().toString().replaceFirst("\\.java$", "");
                byName.merge(name, Files.readString(file), String::concat);
            }
            return new TestSources(byName);
        }

        private static List<Path> testFiles(Path root) throws IOException {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> modules = Files.list(root)) {
                for (Path tests : modules.map(module -> module.resolve("src/test/java")).filter(Files::isDirectory)
                        .toList()) {
                    try (Stream<Path> found = Files.find(tests, Integer.MAX_VALUE,
                            (path, attributes) -> attributes.isRegularFile() && path.toString().endsWith(".java"))) {
                        files.addAll(found.toList());
                    }
                }
            }
            return files;
        }

        Optional<String> source(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }

    @Nested
    class TheChecker {

        private final Path example = ROOT.resolve("docs/example.md");
        private final TestSources tests =
                new TestSources(Map.of("RealIT", "class RealIT { void aRealCase_holds() {} }"));

        @Test
        void aLinkToAMissingFile_isNamedWithItsDocumentAndLine() {
            assertThat(problems(example, "# Example\n\nSee [the map](nowhere.md) and [this](api.md).\n", tests))
                    .containsExactly("docs/example.md:3: link to nowhere.md: no file or directory docs/nowhere.md");
        }

        @Test
        void anAnchorNoHeadingHas_isNamed() {
            String markdown = "# Example\n\n[a](api.md#errors) [b](api.md#no-such-heading) [c](#example) [d](#gone)\n";
            assertThat(problems(example, markdown, tests)).containsExactly(
                    "docs/example.md:3: link to api.md#no-such-heading: no heading #no-such-heading in docs/api.md",
                    "docs/example.md:3: link to #gone: no heading #gone in docs/example.md");
        }

        @Test
        void aCitedTestThatDoesNotExist_isNamed() {
            String markdown = "`RealIT`, `RealIT.aRealCase_holds`, `RealIT.aReal…`, `RealIT.aRealCase_...`,\n"
                    + "`GhostIT`, `RealIT.anUnrealCase`, `RealIT.aRealCase`, `RealIT.unreal_…`\n";
            assertThat(problems(example, markdown, tests)).containsExactly(
                    "docs/example.md:2: cited test GhostIT: no */src/test/java/**/GhostIT.java",
                    "docs/example.md:2: cited test RealIT.anUnrealCase: RealIT has no method anUnrealCase",
                    "docs/example.md:2: cited test RealIT.aRealCase: RealIT has no method aRealCase",
                    "docs/example.md:2: cited test RealIT.unreal_…: RealIT has no method starting with unreal_");
        }

        @Test
        void whatIsNeitherALinkNorACitation_isLeftAlone() {
            String markdown = "[web](https://example.org/x.md#y) `*IT` `PostgresServer.startForTests` `[a](b.md)`\n"
                    + "```bash\n# [not a link](nowhere.md) `GhostIT`\n```\n![shot](screenshots/partnership.png)\n";
            assertThat(problems(example, markdown, tests)).isEmpty();
        }

        @Test
        void headings_getGitHubsAnchors() {
            assertThat(anchors("# What \"answered 2xx\" promises\n## Operating the read side (role `admin` only)\n"
                    + "## 5. The read API (command-service, any signed-in caller)\n## Tests\n### Tests ###\n"))
                    .containsExactlyInAnyOrder("what-answered-2xx-promises", "operating-the-read-side-role-admin-only",
                            "5-the-read-api-command-service-any-signed-in-caller", "tests", "tests-1");
        }
    }
}
