package org.entente.cli;

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

/**
 * What {@link DocumentsTest} checks in a Markdown document: its relative links and anchors, and the tests it cites,
 * which must exist wherever their package has moved to.
 */
final class DocumentChecks {

    /** The repository root, seen from the cli module where the tests run. */
    static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)(?:\\s+#+)?\\s*$");
    private static final Pattern CITED_TEST =
            Pattern.compile("([A-Z][A-Za-z0-9]*(?:Test|IT))(?:\\.(\\w+)(…|\\.\\.\\.)?)?");
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)(https?|mailto):.*");

    private DocumentChecks() {
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
}
