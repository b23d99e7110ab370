package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** However much a service says, its logs stay within (KEPT + 1) files of about the limit each, newest first. */
class CappedLogTest {

    private static final long LIMIT = 64 * 1024;

    @TempDir
    Path directory;

    @Test
    void aRunThatSaysFarMoreThanTheLimit_keepsSixFilesAtMost_eachAboutTheLimit_andTheNewestOutput() throws Exception {
        Path path = directory.resolve("talkative.log");
        Files.writeString(path, "the previous run\n");
        CappedLog log = CappedLog.startRun(path, LIMIT);
        byte[] chunk = new byte[8192];
        Arrays.fill(chunk, (byte) 'x');
        chunk[chunk.length - 1] = '\n';
        for (int i = 0; i < 200; i++) {
            log.write(chunk, chunk.length);
        }
        Thread pump = log.follow(new ByteArrayInputStream("the last words\n".getBytes()), "talkative");
        pump.join();
        log.close();

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.toList()).hasSize(Logs.KEPT + 1);
        }
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.mapToLong(CappedLogTest::size)).allMatch(size -> size <= LIMIT + chunk.length);
        }
        assertThat(Files.readString(path)).endsWith("the last words\n");
    }

    @Test
    void aNewRun_movesThePreviousRunsLogAside() throws Exception {
        Path path = directory.resolve("service.log");
        Files.writeString(path, "run 1\n");
        CappedLog.startRun(path, LIMIT).close();
        assertThat(path.resolveSibling("service.log.1")).hasContent("run 1");
        assertThat(path).isEmptyFile();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
