package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Class-data sharing never stops a start: a jar it cannot prepare runs as it is, and stale archives go. */
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
    void anotherMainClassOfTheJar_writesAnArchiveOfItsOwnAsItEnds_andTheNextLaunchMapsIt() throws Exception {
        Path jar = Files.writeString(target.resolve("entente-cli.jar"), "the CLI");
        Path home = CdsKey.directoryFor(jar);
        Path extracted = Files.createDirectories(home.resolve("app")).resolve("entente-cli.jar");
        Files.writeString(extracted, "the CLI, extracted");

        ClassDataArchive broker = ClassDataArchive.forJar(jar, "broker.jsa", List.of());
        ClassDataArchive.Launch first = broker.nextLaunch(List.of("-cp", extracted.toString(), "kafka.Kafka"));

        assertThat(broker.extracted()).isTrue();
        assertThat(broker.mapping()).isEmpty();
        assertThat(first.writes().getParent()).isEqualTo(home);
        assertThat(first.writes().getFileName().toString()).startsWith("broker.jsa.").endsWith(".part");
        assertThat(first.options()).containsExactly("-XX:ArchiveClassesAtExit=" + first.writes(), "-Xlog:cds*=off",
                "-cp", extracted.toString(), "kafka.Kafka");

        Files.writeString(home.resolve("broker.jsa"), "the archive the first launch wrote");
        ClassDataArchive.Launch next = broker.nextLaunch(List.of());
        assertThat(next.options()).containsExactly("-XX:SharedArchiveFile=" + home.resolve("broker.jsa"),
                "-Xlog:cds*=off");
        assertThat(next.writes()).isNull();
        assertThat(ClassDataArchive.forJar(jar, List.of()).mapping()).as("the application's own is another")
                .isEmpty();
    }

    @Test
    void aLaunchThatWritesTheArchive_mayTakeLongerToStop_thanOneThatMapsIt() throws Exception {
        Path jar = extractedJar("web.jar");
        LaunchPlan plan = ClassDataArchive.forJar(jar, List.of()).plan(List.of("java"));

        assertThat(plan.nextCommand()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(plan.stopGrace()).isEqualTo(ClassDataArchive.WRITING_GRACE).isGreaterThan(
                LaunchPlan.fixed(List.of()).stopGrace());
        plan.ended();

        Files.writeString(CdsKey.directoryFor(jar).resolve("classes.jsa"), "the archive");
        assertThat(plan.nextCommand()).anyMatch(option -> option.startsWith("-XX:SharedArchiveFile="));
        assertThat(plan.stopGrace()).isEqualTo(LaunchPlan.fixed(List.of()).stopGrace());
    }

    @Test
    void mappedOnly_writesNoArchiveWhenThereIsNone_andMapsOneOnceThereIs() throws Exception {
        Path jar = extractedJar("command-service.jar");
        Path extracted = CdsKey.directoryFor(jar).resolve("app").resolve("command-service.jar");
        ClassDataArchive mappedOnly = ClassDataArchive.forJar(jar, List.of()).mappedOnly();

        ClassDataArchive.Launch first = mappedOnly.nextLaunch();
        assertThat(first.options()).containsExactly("-jar", extracted.toString());
        assertThat(first.writes()).isNull();

        Path archive = Files.writeString(CdsKey.directoryFor(jar).resolve("classes.jsa"), "another launch's");
        assertThat(mappedOnly.nextLaunch().options()).containsExactly("-XX:SharedArchiveFile=" + archive,
                "-Xlog:cds*=off", "-jar", extracted.toString());
    }

    /** A jar with its extraction in place, as a first launch leaves it. */
    private Path extractedJar(String name) throws Exception {
        Path jar = Files.writeString(target.resolve(name), "a service");
        Path app = Files.createDirectories(CdsKey.directoryFor(jar).resolve("app"));
        Files.writeString(app.resolve(name), "a service, extracted");
        return jar;
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
}
