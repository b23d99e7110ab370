package org.entente.cli.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How a service jar is run: the JVM, its options, and the jar itself or its class-data sharing form. */
record ServiceJvm(Path runnableJar, LaunchPlan plan) {

    /** Options every service JVM gets on top of the defaults, split on white space; none when unset. */
    static final List<String> JAVA_OPTIONS = List.of(System.getenv().getOrDefault("ENTENTE_JAVA_OPTIONS", "")
            .trim().split("\\s+")).stream().filter(option -> !option.isEmpty()).toList();

    /**
     * The jar's JVM, with its own temporary directory (Tomcat's work directories) rather than the machine's; from
     * its class-data archive when wanted, which it writes as it ends if there is none yet and {@code writesArchive}.
     */
    static ServiceJvm prepare(Path jar, Path temporaryDirectory, boolean writesArchive) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            // A session of its own: the terminal's Ctrl-C reaches the CLI alone, which stops the services
            // before the broker and the database they still need while draining.
            command.add("/usr/bin/setsid");
        }
        // Full tiered compilation by default: C1 alone starts the services sooner but caps the write throughput
        // under load (BENCHMARKS.md, issue 12). ENTENTE_JAVA_OPTIONS adds options of the operator's, or the tests'
        // C1 for processes that live a minute (see the failsafe configuration).
        command.addAll(List.of(javaExecutable(), "-Xss512k"));
        command.addAll(JAVA_OPTIONS);
        command.add("-Djava.io.tmpdir=" + temporaryDirectory);
        if (ClassDataArchive.WANTED) {
            ClassDataArchive archive = ClassDataArchive.forJar(jar, JAVA_OPTIONS);
            archive = writesArchive ? archive : archive.mappedOnly();
            return new ServiceJvm(archive.runnableJar(), archive.plan(command));
        }
        command.addAll(List.of("-jar", jar.toString()));
        return new ServiceJvm(jar, LaunchPlan.fixed(command));
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
