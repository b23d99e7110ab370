package org.entente.cli.chaos;

import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.LoadTerms;
import org.entente.cli.workload.OperatorChecks;
import org.entente.cli.workload.ThrowAwayInstallation;
import org.entente.cli.workload.Workload;

import org.entente.devstack.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code ./entente chaos}: the fault battery. It runs a whole installation as separate processes on loopback,
 * with a PostgreSQL server and a broker of its own, and a workload of every lifecycle step over many
 * partnerships, while it injects one fault after another (R1 to R8); after each, it checks everything against
 * the event store, and at the end writes the table to {@code RELIABILITY.md}. It stops everything it started.
 * Exits 0 when every scenario passed, 1 otherwise.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Run the fault battery (R1-R8) on a throw-away installation and write RELIABILITY.md.")
public final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--partnerships", defaultValue = "200", description = "Partnerships to live (default 200), "
            + LoadScript.LENGTH + " commands each")
    int partnerships;

    @Option(names = "--conventions", defaultValue = "30", description = "Conventions R8 brings in with their "
            + "deadlines already due (default 30)")
    int conventions;

    @Option(names = "--clients", defaultValue = "16", description = "Clients sending at once (default 16)")
    int clients;

    @Option(names = "--rate", defaultValue = "60", description = "Commands per second, at most (default 60)")
    double rate;

    @Option(names = "--scenarios", split = ",", description = "Which scenarios (default all: R1,…,R8)")
    Set<String> only;

    @Option(names = "--report", description = "Where to write the table (default RELIABILITY.md at the root)")
    Path report;

    @Option(names = "--seed", defaultValue = "20261201", description = "Seed of the fault moments")
    long seed;

    /** The workload of the run, for the report's client figures. */
    private Workload lastWorkload;

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("ENTENTE_ROOT", ".")).toAbsolutePath().normalize();
        long began = System.nanoTime();
        try (ThrowAwayInstallation installation = ThrowAwayInstallation.start("entente-chaos-")) {
            System.out.println("Fault battery in " + installation.home() + " (logs in "
                    + installation.home().resolve("logs") + ")");
            Stack stack = installation.stack(root, Map.of("ENTENTE_FAULTS_ENABLED", "true",
                    "ENTENTE_LEDGER_MONITOR_MAX_POLL_INTERVAL", "20s"));
            stack.withoutWebApplication();
            // Ten kills in a few minutes are the battery's doing, not a service failing on its own.
            stack.forgetFailuresAfter(Duration.ofSeconds(5));
            try (stack) {
                stack.startAll();
                List<ChaosRow> rows = run(root, stack, installation);
                String markdown = ReliabilityReport.markdown(commandLine(), rows, lastWorkload,
                        Duration.ofNanos(System.nanoTime() - began));
                Path target = report != null ? report : root.resolve("RELIABILITY.md");
                ReliabilityReport.write(target, markdown);
                System.out.println("Written to " + target);
                return rows.stream().allMatch(ChaosRow::passed) && lastWorkload.refused().isEmpty() ? 0 : 1;
            }
        }
    }

    private List<ChaosRow> run(Path root, Stack stack, ThrowAwayInstallation installation) throws Exception {
        LoadTerms terms = new LoadTerms(root.resolve("seeds").resolve("ctg-val-de-fensch"), stack.queryService(),
                stack.signingKey());
        LoadScript.People people = LoadScript.People.of(stack.signingKey());
        List<LoadScript> scripts = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            scripts.add(new LoadScript(i, people, terms));
        }
        LoadClient client = new LoadClient(stack.commandService());
        Workload workload = new Workload(scripts, client, clients, rate);
        lastWorkload = workload;
        Database commands = installation.database("entente_command");
        Database reads = installation.database("entente_query");
        OperatorChecks operator = new OperatorChecks(stack.queryService(), stack.signingKey());
        ChaosFaults faults = new ChaosFaults(installation.infrastructure(), stack, operator, reads, commands, client,
                people, terms, scripts, seed, conventions);
        ChaosLedger ledger = new ChaosLedger(commands, reads);
        List<ChaosScenario> scenarios = faults.all().stream()
                .filter(scenario -> only == null || only.contains(scenario.name())).toList();
        workload.start();
        return new ChaosBattery(workload, faults, operator, ledger, Workload.commands(partnerships))
                .run(scenarios);
    }

    private String commandLine() {
        return "./entente chaos --partnerships " + partnerships + " --clients " + clients + " --rate " + rate
                + (conventions == 30 ? "" : " --conventions " + conventions)
                + (only == null ? "" : " --scenarios " + String.join(",", only));
    }
}
