package org.entente.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.devstack.DataDirectory;
import org.entente.devstack.DevSigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ./entente reconcile}: compares the event store, the source of truth, with the topic and the read models
 * of a running installation, partnership by partnership, and prints every difference. Exits 0 when consistent,
 * 1 when not, 2 when the check could not run.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Compare the event store with the topic and the read models; print every difference.")
public final class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--query-port", defaultValue = "8082", description = "Port of query-service (default 8082)")
    int queryPort;

    @Option(names = "--home", description = "The installation's directory, whose key signs the operator's token "
            + "(default: ENTENTE_HOME)")
    Path home;

    @Override
    public Integer call() throws InterruptedException {
        JsonNode report;
        try {
            report = new Reconciler(URI.create("http://localhost:" + queryPort),
                    DevSigningKey.loadOrCreate(home != null ? home : DataDirectory.resolve())).reconcile();
        } catch (IOException e) {
            System.err.println("The reconciliation could not run: " + e.getMessage());
            return 2;
        }
        print(System.out, report);
        return report.path("consistent").asBoolean() ? 0 : 1;
    }

    static void print(PrintStream out, JsonNode report) {
        JsonNode totals = report.path("totals");
        out.printf("%s: %s%n", report.path("checkedAt").asText(),
                report.path("consistent").asBoolean() ? "consistent" : "NOT CONSISTENT");
        out.printf("  partnerships %d, events stored %d, on the topic %d (%d records), in the read models %d, "
                        + "parked %d%n", totals.path("partnerships").asLong(), totals.path("stored").asLong(),
                totals.path("onTopic").asLong(), totals.path("topicRecords").asLong(),
                totals.path("inReadModels").asLong(), totals.path("parked").asLong());
        for (JsonNode difference : report.path("differences")) {
            out.printf("  %-26s %-36s %d event(s) %s%n", difference.path("kind").asText(),
                    difference.path("partnershipId").asText("-"), difference.path("events").asLong(),
                    difference.path("sequences").isEmpty() ? "" : "sequences " + difference.path("sequences"));
        }
        if (report.path("differencesLeftOut").asInt() > 0) {
            out.printf("  … and %d more difference(s), counted in the figures above%n",
                    report.path("differencesLeftOut").asInt());
        }
    }
}
