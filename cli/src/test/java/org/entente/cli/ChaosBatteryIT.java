package org.entente.cli;

import org.entente.cli.EntenteCommand.Run;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 1, and issue 20, requirement 3, in small: {@code ./entente chaos} on a few partnerships
 * and three of its scenarios (the command-service killed while publishing, a poison record retried after its fix,
 * the command-service killed while it records the deadlines of ten conventions) runs its own installation,
 * passes, writes its table and leaves no process behind. The full battery's figures are in RELIABILITY.md.
 */
// The battery's own limit is 10 min (EntenteCommand stops it then); its report is read after.
@Timeout(value = 12, unit = TimeUnit.MINUTES)
// The longest classes are handed out first (SharedInstallationLast).
@Order(3)
class ChaosBatteryIT {

    @Test
    void aSmallBattery_passes_writesItsTable_andStopsEverythingItStarted() throws Exception {
        Path report = Path.of("target", "chaos-small.md").toAbsolutePath();
        Files.deleteIfExists(report);
        // Past 10 minutes the battery is stopped, with everything it started, and the test fails with its output.
        Run battery = EntenteCommand.of(Path.of("target", "chaos-small.log").toAbsolutePath(), "chaos",
                "--partnerships", "3", "--clients", "3", "--scenarios", "R2,R6,R8", "--conventions", "10",
                "--report", report.toString())
                .run(Duration.ofMinutes(10));

        assertThat(battery.code()).as(battery.output()).isZero();
        String table = Files.readString(report);
        assertThat(table).contains("| R2 |").contains("| R6 |").contains("| R8 |").doesNotContain("FAILED");
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
