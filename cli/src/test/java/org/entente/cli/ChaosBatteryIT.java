package org.entente.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 1, in small: {@code ./entente chaos} on a few partnerships and two of its scenarios (the
 * command-service killed while publishing, a poison record retried after its fix) runs its own installation,
 * passes, writes its table and leaves no process behind. The full battery's figures are in RELIABILITY.md.
 */
class ChaosBatteryIT {

    @Test
    void aSmallBattery_passes_writesItsTable_andStopsEverythingItStarted() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path report = Path.of("target", "chaos-small.md").toAbsolutePath();
        Files.deleteIfExists(report);
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", root.resolve("entente").toString(), "chaos",
                "--partnerships", "3", "--clients", "3", "--scenarios", "R2,R6", "--report", report.toString()))
                .redirectErrorStream(true).redirectOutput(Path.of("target", "chaos-small.log").toFile());
        builder.environment().put("ENTENTE_NO_BUILD", "1");
        Process battery = builder.start();

        assertThat(battery.waitFor(10, TimeUnit.MINUTES)).as("the battery ends").isTrue();
        String log = Files.readString(Path.of("target", "chaos-small.log"));
        assertThat(battery.exitValue()).as(log).isZero();
        String table = Files.readString(report);
        assertThat(table).contains("| R2 |").contains("| R6 |").doesNotContain("FAILED");
        assertThat(ProcessHandle.allProcesses().filter(ChaosBatteryIT::ofTheBattery).map(ProcessHandle::pid)
                .toList()).as("processes left behind").isEmpty();
    }

    /** The battery's servers have its directory on their command line, its services in their environment. */
    private static boolean ofTheBattery(ProcessHandle process) {
        if (process.info().commandLine().orElse("").contains("entente-chaos-")) {
            return true;
        }
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "environ"))
                    .contains("entente-chaos-");
        } catch (java.io.IOException | SecurityException gone) {
            return false;
        }
    }
}
