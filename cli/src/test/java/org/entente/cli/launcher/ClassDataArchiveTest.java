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
