package org.entente.cli.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Class-data sharing for one service jar. A service spends most of its start reading, verifying and parsing some
 * fifteen thousand classes; from its second start on, the JVM maps the classes an earlier run loaded from an archive
 * instead, and the start takes about half the CPU (BENCHMARKS.md). The JVM archives only classes of a plain class
 * path, so the Spring Boot jar is extracted once, with Spring Boot's own tools, under {@code target/cds/} beside it,
 * keyed by the jar and the JDK: a rebuilt jar or another JDK gets a fresh extraction ({@link JarExtraction}). The
 * first run writes the archive once it is up, asked while it runs ({@link DynamicDump}), or as it ends on a Java
 * without {@code jcmd}; the archive is kept only if a JVM then maps it, since a torn one would crash every later
 * start. Nothing here stops a start: a jar that cannot be extracted runs as it is, without an archive.
 */
final class ClassDataArchive {

    /**
     * Whether the services start from archives: {@code ENTENTE_CLASS_DATA_SHARING=on}, as the tests' installations
     * do (many short lives of the same jars); off by default, since an operator's one long run gains nothing.
     */
    static final boolean WANTED = "on".equals(System.getenv("ENTENTE_CLASS_DATA_SHARING"));

    private final Path jar;
    private final Path home;
    private final Path archive;
    private final List<String> javaOptions;
    private final Path runnable;
    private final boolean dumpsOnDemand;

    private ClassDataArchive(Path jar, Path home, String archiveName, List<String> javaOptions,
                             boolean dumpsOnDemand) {
        this.jar = jar;
        this.home = home;
        this.archive = home.resolve(archiveName);
        this.javaOptions = javaOptions;
        this.runnable = JarExtraction.of(jar, home);
        this.dumpsOnDemand = dumpsOnDemand;
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
        return forJar(jar, archiveName, javaOptions, DynamicDump.available());
    }

    /** As above, the archive written once the process is up ({@code onDemand}) or as it ends. */
    static ClassDataArchive forJar(Path jar, String archiveName, List<String> javaOptions, boolean onDemand) {
        return new ClassDataArchive(jar, CdsKey.directoryFor(jar), archiveName, javaOptions, onDemand);
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
            return new Launch(List.of("-jar", jar.toString()), null, null);
        }
        return nextLaunch(List.of("-jar", runnable.toString()));
    }

    /**
     * The options for one launch of the extracted jar running {@code run} (its {@code -jar} or {@code -cp} and
     * main class): the archive mapped when there is one, else written once the process is up, or as it ends.
     */
    Launch nextLaunch(List<String> run) {
        List<String> options = new ArrayList<>(mapping());
        Path written = null;
        if (options.isEmpty()) {
            written = home.resolve(archive.getFileName() + "." + UUID.randomUUID() + ".part");
            options.add(dumpsOnDemand ? "-XX:+RecordDynamicDumpInfo" : "-XX:ArchiveClassesAtExit=" + written);
            // The JVM's notes on classes it cannot archive (old bytecode, generated proxies) are no news for a log.
            options.add("-Xlog:cds*=off");
        }
        options.addAll(run);
        return new Launch(options, dumpsOnDemand ? null : written, dumpsOnDemand ? written : null);
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
            private Thread dumping;

            @Override
            public synchronized List<String> nextCommand() {
                last = nextLaunch();
                List<String> command = new ArrayList<>(prefix);
                command.addAll(last.options());
                return command;
            }

            @Override
            public synchronized void up(ProcessHandle process) {
                if (last != null) {
                    dumping = afterUp(last, process);
                }
            }

            @Override
            public synchronized void ended() {
                if (last != null) {
                    afterExit(last, dumping);
                    last = null;
                    dumping = null;
                }
            }
        };
    }

    /**
     * Once a launch's process is up: asks it for the archive it is to write then, on a thread of its own so that the
     * start goes on meanwhile, and keeps the archive if a JVM maps it. That thread; null when there is nothing to ask.
     */
    Thread afterUp(Launch launch, ProcessHandle process) {
        Path written = launch.writesWhenUp();
        if (written == null || Files.isRegularFile(archive)) {
            return null;
        }
        Thread dumping = new Thread(() -> {
            if (DynamicDump.of(process, written)) {
                ArchiveCheck.keep(written, archive, runnable, javaOptions);
            }
        }, "class-data-" + archive.getFileName());
        dumping.setDaemon(true);
        dumping.start();
        return dumping;
    }

    /**
     * After a launch's process has ended and its dump, if any, is over: keeps the archive it wrote as it ended if a
     * JVM maps it, else forgets it, and what a dump cut short by the end left.
     */
    void afterExit(Launch launch, Thread dumping) {
        try {
            if (dumping != null) {
                // A dump takes seconds; jcmd gives up at once on a process gone; the check of the archive, 30 s.
                dumping.join(TimeUnit.SECONDS.toMillis(DynamicDump.PATIENCE_SECONDS + 30));
            }
            Path written = launch.writesAtExit();
            if (written != null && Files.isRegularFile(written)) {
                ArchiveCheck.keep(written, archive, runnable, javaOptions);
            }
            if (launch.writesWhenUp() != null && (dumping == null || !dumping.isAlive())) {
                Files.deleteIfExists(launch.writesWhenUp());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // A remain of a dump under target/cds; the next start writes its own.
        }
    }

    /**
     * One launch's extra options, and the archive it writes: as it ends, or once it is up and asked for it (null:
     * it writes none that way).
     */
    record Launch(List<String> options, Path writesAtExit, Path writesWhenUp) {
    }
}
