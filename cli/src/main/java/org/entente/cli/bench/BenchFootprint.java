package org.entente.cli.bench;

import org.entente.cli.launcher.ServiceProcess;
import org.entente.cli.launcher.Stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each service's peak resident memory since it started (Linux's {@code VmHWM}) and its start-up time to
 * healthy, the three started together as {@code ./entente up} starts them.
 */
final class BenchFootprint {

    private BenchFootprint() {
    }

    static List<String> rows(Stack stack) throws IOException {
        List<String> rows = new ArrayList<>();
        for (ServiceProcess service : stack.services()) {
            rows.add(String.format(Locale.ROOT, "| %s | %,d MiB | %.1f s |", service.name(),
                    peakResidentKib(service.pid()) / 1024, service.startUp().toMillis() / 1000.0));
        }
        return rows;
    }

    /** VmHWM of /proc/PID/status, in KiB. */
    static long peakResidentKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("No VmHWM for process " + pid);
    }
}
