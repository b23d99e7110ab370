package org.entente.cli.chaos;

import org.entente.cli.workload.Workload;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The battery's table, as {@code RELIABILITY.md}: the command, the machine, the date, a row per scenario. */
final class ReliabilityReport {

    private ReliabilityReport() {
    }

    static String markdown(String command, List<ChaosRow> rows, Workload workload, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("# Reliability under real faults\n\n")
                .append("Produced by `").append(command).append("` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append(", in ")
                .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s.\n\n")
                .append("Machine: ").append(machine()).append(".\n\n")
                .append("Each scenario's figures are counted at its end, against the event store (the source of "
                        + "truth), since the battery began; *commands* are the scenario's own. *Lost*: commands "
                        + "answered 2xx whose events are not stored. *Missing*: stored events absent from the "
                        + "topic or the read models, or present there and not stored, or parked. *Duplicated*: "
                        + "on the topic / in the read models. *Caught up*: from the end of the scenario's last "
                        + "fault until a reconciliation found everything everywhere (limit 60 s). *Replay*: the "
                        + "live read models' checksum equals a full replay's. Ledger: gap-free, one leaf per "
                        + "event, no index changed since the previous scenario, the read models carry the same "
                        + "indexes; *alarms*: the query side's ledger monitor.\n\n")
                .append("| scenario | fault | commands | acknowledged | events stored | on topic | in read models "
                        + "| lost | missing | duplicated (topic / read models) | caught up | replay | ledger "
                        + "alarms | result |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|\n");
        for (ChaosRow row : rows) {
            out.append(String.format(
                    "| %s | %s | %,d | %,d | %,d | %,d | %,d | %d | %d | %d / %d | %s | %s | %d | %s |%n",
                    row.scenario(), row.fault(), row.commands(), row.acknowledged(), row.stored(), row.onTopic(),
                    row.inReadModels(), row.lost(), row.missing(), row.duplicatedOnTopic(),
                    row.duplicatedInReadModels(), row.catchUpSeconds() == null ? "no"
                            : String.format("%.1f s", row.catchUpSeconds()),
                    row.checksumsMatch() ? "equal" : "DIFFERENT", row.alarms(), row.passed() ? "passed" : "FAILED"));
        }
        out.append(String.format("%nClient retries (timeouts, refused connections, 5xx): %,d. Commands refused "
                + "with a 4xx or never answered: %d.%n", workload.retries(), workload.refused().size()));
        workload.refused().stream().limit(10).forEach(refused -> out.append("- refused: `").append(refused.path())
                .append("` ").append(refused.status()).append(' ').append(refused.body()).append('\n'));
        out.append("\n## What happened in each scenario\n\n");
        for (ChaosRow row : rows) {
            out.append("- **").append(row.scenario()).append("** ").append(String.join("; ", row.notes()));
            row.problems().forEach(problem -> out.append(". FAILED: ").append(problem));
            out.append(".\n");
        }
        return out.toString();
    }

    static void write(Path file, String markdown) throws IOException {
        Files.writeString(file, markdown);
    }

    private static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format("%d cores, %.0f GiB, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
