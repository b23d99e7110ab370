package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Class-data sharing never stops a start: a jar it cannot prepare runs as it is, a first launch writes its archive
 * once up (or as it ends, on a Java without jcmd), and stale archives go.
 */
class ClassDataArchiveTest {

    @TempDir
    Path target;

    @Test
    void aJarThatCannotBeExtracted_runsAsItIs_withoutAnArchive() throws Exception {
        Path jar = Files.writeString(target.resolve("command-service.jar"), "not a Spring Boot jar");

        ClassDataArchive archive = ClassDataArchive.forJar(jar, List.of());

        assertThat(archive.runnableJar()).isEqualTo(jar);
        assertThat(archive.plan(List.of("java")).nextCommand()).containsExactly("java", "-jar", jar.toString());
    }

    @Test
    void withoutJcmd_anotherMainClassOfTheJar_writesAnArchiveOfItsOwnAsItEnds_andTheNextLaunchMapsIt()
            throws Exception {
        Path jar = Files.writeString(target.resolve("entente-cli.jar"), "the CLI");
        Path home = CdsKey.directoryFor(jar);
        Path extracted = Files.createDirectories(home.resolve("app")).resolve("entente-cli.jar");
        Files.writeString(extracted, "the CLI, extracted");

        ClassDataArchive broker = ClassDataArchive.forJar(jar, "broker.jsa", List.of(), false);
        ClassDataArchive.Launch first = broker.nextLaunch(List.of("-cp", extracted.toString(), "kafka.Kafka"));

        assertThat(broker.extracted()).isTrue();
        assertThat(broker.mapping()).isEmpty();
        assertThat(first.writesWhenUp()).isNull();
        assertThat(first.writesAtExit().getParent()).isEqualTo(home);
        assertThat(first.writesAtExit().getFileName().toString()).startsWith("broker.jsa.").endsWith(".part");
        assertThat(first.options()).containsExactly("-XX:ArchiveClassesAtExit=" + first.writesAtExit(),
                "-Xlog:cds*=off", "-cp", extracted.toString(), "kafka.Kafka");

        Files.writeString(home.resolve("broker.jsa"), "the archive the first launch wrote");
        ClassDataArchive.Launch next = broker.nextLaunch(List.of());
        assertThat(next.options()).containsExactly("-XX:SharedArchiveFile=" + home.resolve("broker.jsa"),
                "-Xlog:cds*=off");
        assertThat(next.writesAtExit()).isNull();
        assertThat(next.writesWhenUp()).isNull();
        assertThat(ClassDataArchive.forJar(jar, List.of()).mapping()).as("the application's own is another")
                .isEmpty();
    }

    /**
     * A first launch writes its archive once up, asked on a thread of its own while it runs, not as it ends: the
     * next launch, beside it, maps the archive, and the first stops without writing anything.
     */
    @Test
    void aFirstLaunch_writesItsArchiveOnceUp_whileItRuns_andTheNextLaunchMapsIt() throws Exception {
        Path jar = Files.writeString(target.resolve("sleeper.jar"), "the original");
        Path home = CdsKey.directoryFor(jar);
        Path extracted = Sleeper.jarInto(Files.createDirectories(home.resolve("app")).resolve("sleeper.jar"));
        ClassDataArchive sleeper = ClassDataArchive.forJar(jar, "sleeper.jsa", List.of(), true);
        ClassDataArchive.Launch first = sleeper.nextLaunch(List.of("-cp", extracted.toString(),
                Sleeper.class.getName()));
        assertThat(first.options()).startsWith("-XX:+RecordDynamicDumpInfo", "-Xlog:cds*=off");
        assertThat(first.writesAtExit()).isNull();

        Process running = Sleeper.start(first.options());
        try {
            Thread dumping = sleeper.afterUp(first, running.toHandle());
            dumping.join(TimeUnit.MINUTES.toMillis(2));

            assertThat(running.isAlive()).isTrue();
            assertThat(home.resolve("sleeper.jsa")).isRegularFile();
            assertThat(first.writesWhenUp()).doesNotExist();
            ClassDataArchive.Launch next = sleeper.nextLaunch(List.of());
            assertThat(next.options()).containsExactly("-XX:SharedArchiveFile=" + home.resolve("sleeper.jsa"),
                    "-Xlog:cds*=off");
            assertThat(next.writesWhenUp()).isNull();
        } finally {
            running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        sleeper.afterExit(first, null);
        try (var left = Files.list(home)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("app",
                    "sleeper.jsa");
        }
    }

    @Test
    void anotherBuildOfTheJar_getsADirectoryOfItsOwn_andTheStaleOnesAreForgotten() throws Exception {
        Path jar = Files.writeString(target.resolve("query-service.jar"), "first build");
        Path first = CdsKey.directoryFor(jar);
        Files.createDirectories(first.resolve("app"));
        Path otherJarsArchive = Files.createDirectories(target.resolve("cds").resolve("web.jar-0123456789abcdef"));

        Files.writeString(jar, "second build, another size");
        Path second = CdsKey.directoryFor(jar);
        CdsKey.forgetOtherKeys(jar, second);

        assertThat(second).isNotEqualTo(first).startsWithRaw(target.resolve("cds"));
        assertThat(first).doesNotExist();
        assertThat(otherJarsArchive).exists();
    }

    /** A main that says it is up and waits to be stopped, in a jar of its own, as a service in its extracted jar. */
    public static final class Sleeper {

        public static void main(String[] arguments) throws InterruptedException {
            System.out.println("up");
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }

        static Path jarInto(Path jar) throws IOException {
            String entry = Sleeper.class.getName().replace('.', '/') + ".class";
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 InputStream in = Sleeper.class.getClassLoader().getResourceAsStream(entry)) {
                out.putNextEntry(new JarEntry(entry));
                in.transferTo(out);
            }
            return jar;
        }

        /** Started with the launch's options, and up once it said so (the JVM answers jcmd by then). */
        static Process start(List<String> options) throws IOException {
            List<String> command = new ArrayList<>(List.of(ServiceJvm.javaExecutable()));
            command.addAll(options);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("up");
            return process;
        }
    }
}
