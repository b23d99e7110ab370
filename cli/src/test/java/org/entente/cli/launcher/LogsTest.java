package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each run keeps the previous runs' logs, six runs at most. */
class LogsTest {

    @TempDir
    Path logs;

    @Test
    void eachRun_movesTheLogsOnByOne_andDropsTheOldest() throws Exception {
        Path log = logs.resolve("web.log");
        for (int run = 1; run <= 8; run++) {
            Logs.rotate(log);
            Files.writeString(log, "run " + run);
        }

        assertThat(Files.readString(log)).isEqualTo("run 8");
        assertThat(Files.readString(logs.resolve("web.log.1"))).isEqualTo("run 7");
        assertThat(Files.readString(logs.resolve("web.log.5"))).isEqualTo("run 3");
        assertThat(logs.resolve("web.log.6")).doesNotExist();
        try (var files = Files.list(logs)) {
            assertThat(files.count()).isEqualTo(1 + Logs.KEPT);
        }
    }
}
