package org.entente.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Docker engine would refuse or build wrong, read statically (none runs here): a {@code COPY} of a path that
 * does not exist, a module of the reactor that the build stage does not copy (Maven then cannot read the root
 * pom.xml), a module an image is built from that it copies only in part, a compose target no stage has.
 */
final class DockerfileChecks {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("<groupId>([^<]+)</groupId>");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern STAGE = Pattern.compile("(?im)^FROM\\s+\\S+\\s+AS\\s+(\\S+)\\s*$");
    private static final Pattern IMAGE_JAR = Pattern.compile("--from=build\\s+/src/([^/\\s]+)/target/");
    private static final Pattern COMPOSE_TARGET = Pattern.compile("(?m)^\\s+target:\\s*(\\S+)\\s*$");

    private DockerfileChecks() {
    }

    /** The modules of the root pom.xml. */
    static List<String> modules(String rootPom) {
        return MODULE.matcher(rootPom).results().map(match -> match.group(1).trim()).toList();
    }

    /** The modules of the reactor a module's pom.xml depends on, in any scope (Maven's {@code -am} builds them all). */
    static Set<String> dependencies(String modulePom, List<String> modules) {
        Set<String> found = new LinkedHashSet<>();
        DEPENDENCY.matcher(modulePom).results().forEach(dependency -> {
            // The first of each is the dependency's own; its exclusions' follow.
            Matcher group = GROUP.matcher(dependency.group(1));
            Matcher artifact = ARTIFACT.matcher(dependency.group(1));
            if (group.find() && group.group(1).equals("org.entente") && artifact.find()
                    && modules.contains(artifact.group(1))) {
                found.add(artifact.group(1));
            }
        });
        return found;
    }

    /**
     * What is wrong with {@code dockerfile}, one line each.
     *
     * @param poms   each module's pom.xml, by module name
     * @param exists whether a path of the build context exists
     */
    static List<String> problems(String dockerfile, List<String> modules, Map<String, String> poms,
                                 Predicate<String> exists) {
        List<String> problems = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        String stage = "";
        for (String line : dockerfile.lines().map(String::strip).toList()) {
            Matcher from = STAGE.matcher(line);
            if (from.matches()) {
                stage = from.group(1);
            }
            if (!line.regionMatches(true, 0, "COPY ", 0, 5) || line.contains("--from=")) {
                continue;
            }
            List<String> arguments = Arrays.stream(line.substring(5).trim().split("\\s+"))
                    .filter(argument -> !argument.startsWith("--")).toList();
            for (String source : arguments.subList(0, arguments.size() - 1)) {
                if (!exists.test(source)) {
                    problems.add("COPY " + source + ": no such path in the build context");
                }
                if (stage.equals("build")) {
                    copied.add(source.replaceAll("/+$", ""));
                }
            }
        }
        for (String module : modules) {
            if (!copied.contains(module) && !copied.contains(module + "/pom.xml")) {
                problems.add("the build stage does not copy the reactor module " + module);
            }
        }
        for (String module : builtFrom(dockerfile, modules, poms)) {
            if (!copied.contains(module)) {
                problems.add("an image is built from " + module + ", which the build stage does not copy whole");
            }
        }
        return problems;
    }

    /** The stages {@code compose} builds that the Dockerfile does not have. */
    static List<String> missingTargets(String compose, String dockerfile) {
        Set<String> stages = new LinkedHashSet<>(STAGE.matcher(dockerfile).results().map(m -> m.group(1)).toList());
        return COMPOSE_TARGET.matcher(compose).results().map(m -> m.group(1)).filter(t -> !stages.contains(t))
                .map(target -> "docker-compose.yml builds the target " + target + ", which no stage is").toList();
    }

    /** The modules the images' jars are built from: theirs and, transitively, every module they depend on. */
    private static Set<String> builtFrom(String dockerfile, List<String> modules, Map<String, String> poms) {
        Set<String> closure = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(IMAGE_JAR.matcher(dockerfile).results().map(m -> m.group(1)).toList());
        while (!next.isEmpty()) {
            String module = next.pop();
            if (closure.add(module)) {
                next.addAll(dependencies(poms.getOrDefault(module, ""), modules));
            }
        }
        return closure;
    }
}
