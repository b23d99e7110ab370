package org.entente.cli.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Class-data sharing for one service jar. A service spends most of its start reading, verifying and parsing some
 * fifteen thousand classes; from its second start on, the JVM maps the classes an earlier run loaded from an archive
 * instead, and the start takes about half the CPU (BENCHMARKS.md). The JVM archives only classes of a plain class
 * path, so the Spring Boot jar is extracted once, with Spring Boot's own tools, under {@code target/cds/} beside it,
 * keyed by the jar and the JDK: a rebuilt jar or another JDK gets a fresh extraction. The first run writes the
 * archive as it ends; the archive is kept only if the JVM then maps it, since a torn one would crash every later
 * start. Nothing here stops a start: a jar that cannot be extracted runs as it is, without an archive.
 */
final class ClassDataArchive {

    /**
     * Whether the services start from archives: {@code ENTENTE_CLASS_DATA_SHARING=on}, as the tests' installations
     * do (many short lives of the same jars); off by default, since an operator's one long run gains nothing.
     */
    static final boolean WANTED = "on".equals(System.getenv("ENTENTE_CLASS_DATA_SHARING"));

    /** How long a JVM that writes its archive as it ends may take to stop (the archive: some 90 MB). */
    static final Duration WRITING_GRACE = Duration.ofSeconds(60);

    private final Path jar;
    private final Path home;
    private final Path archive;
    private final List<String> javaOptions;
    private final Path runnable;
    private final boolean writes;

    private ClassDataArchive(Path jar, Path home, Path archive, List<String> javaOptions, Path runnable,
                             boolean writes) {
        this.jar = jar;
        this.home = home;
        this.archive = archive;
        this.javaOptions = javaOptions;
        this.runnable = runnable;
        this.writes = writes;
    }

    /** The archive of the jar's own application, run with {@code -jar}. */
    static ClassDataArchive forJar(Path jar, List<String> javaOptions) {
        return forJar(jar, "classes.jsa", javaOptions);
    }

    /**
     * An archive of its own for another main class of the jar (the CLI's jar runs the Kafka broker too): the
     * classes one main loads are not another's.
     */
    static ClassDataArchive forJar(Path jar, String archiveName, List<String> javaOptions) {
        Path home = CdsKey.directoryFor(jar);
        return new ClassDataArchive(jar, home, home.resolve(archiveName), javaOptions, JarExtraction.of(jar, home),
                true);
    }

    /**
     * The same archive, mapped when it exists and never written. For a process that lives as long as its starter:
     * it would write the archive only as that starter ends, when no later start can use it, and keep the starter
     * waiting for it (the tests' shared installation kept its test JVM 8 to 11 s after the last test).
     */
    ClassDataArchive mappedOnly() {
        return new ClassDataArchive(jar, home, archive, javaOptions, runnable, false);
    }

    /** Whether the jar was extracted, so that its classes can be archived; else it runs as it is. */
    boolean extracted() {
        return !runnable.equals(jar);
    }

    /** The jar a process runs: the extracted one, or the original when it could not be extracted. */
    Path runnableJar() {
        return runnable;
    }

    /** The options after the JVM's own for one launch: the archive to map or to write, and the jar to run. */
    Launch nextLaunch() {
        if (!extracted()) {
            return new Launch(List.of("-jar", jar.toString()), null);
        }
        return nextLaunch(List.of("-jar", runnable.toString()));
    }

    /**
     * The options for one launch of the extracted jar running {@code run} (its {@code -jar} or {@code -cp} and
     * main class): the archive mapped when there is one, else written as the process ends (unless mapped only).
     */
    Launch nextLaunch(List<String> run) {
        List<String> options = new ArrayList<>(mapping());
        Path written = null;
        if (options.isEmpty() && writes) {
            written = home.resolve(archive.getFileName() + "." + UUID.randomUUID() + ".part");
            // The JVM's notes on classes it cannot archive (old bytecode, generated proxies) are no news for a log.
            options.addAll(List.of("-XX:ArchiveClassesAtExit=" + written, "-Xlog:cds*=off"));
        }
        options.addAll(run);
        return new Launch(options, written);
    }

    /** The options that map the archive, when there is one; none else (nothing written either). */
    List<String> mapping() {
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off")
                : List.of();
    }

    /** Each launch after {@code prefix} (the JVM and its options): the archive's options and the jar to run. */
    LaunchPlan plan(List<String> prefix) {
        return new LaunchPlan() {
            private Launch last;

            @Override
            public synchronized List<String> nextCommand() {
                last = nextLaunch();
                List<String> command = new ArrayList<>(prefix);
                command.addAll(last.options());
                return command;
            }

            @Override
            public synchronized Duration stopGrace() {
                // A JVM writing its archive as it ends needs longer than the usual grace on a loaded machine: killed
                // first, it wrote nothing, and every later start would read its classes from the jar again.
                return last != null && last.writes() != null ? WRITING_GRACE : LaunchPlan.super.stopGrace();
            }

            @Override
            public synchronized void ended() {
                if (last != null) {
                    afterExit(last);
                    last = null;
                }
            }
        };
    }

    /** After a launch's process has ended: keeps the archive it wrote if the JVM maps it, else forgets it. */
    void afterExit(Launch launch) {
        Path written = launch.writes();
        if (written == null || !Files.isRegularFile(written)) {
            return;
        }
        try {
            if (maps(written)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            written.toFile().delete();
        }
    }

    /** Whether a JVM told to use the archive or fail ({@code -Xshare:on}) starts with it. */
    private boolean maps(Path archive) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ServiceJvm.javaExecutable()));
        command.addAll(javaOptions);
        command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", runnable.toString(),
                "-version"));
        Process check = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!check.waitFor(30, TimeUnit.SECONDS)) {
            check.destroyForcibly();
            return false;
        }
        return check.exitValue() == 0;
    }

    /** One launch's extra options, and the archive it writes at its end (null: it writes none). */
    record Launch(List<String> options, Path writes) {
    }
}
