package org.entente.cli;

import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
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
 * partnerships, while it injects one fault after another (R1 to R7); after each, it checks everything against
 * the event store, and at the end writes the table to {@code RELIABILITY.md}. It stops everything it started.
 * Exits 0 when every scenario passed, 1 otherwise.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Run the fault battery (R1-R7) on a throw-away installation and write RELIABILITY.md.")
final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--partnerships", defaultValue = "200", description = "Partnerships to live (default 200), "
            + ChaosScript.LENGTH + " commands each")
    int partnerships;

    @Option(names = "--clients", defaultValue = "16", description = "Clients sending at once (default 16)")
    int clients;

    @Option(names = "--rate", defaultValue = "60", description = "Commands per second, at most (default 60)")
    double rate;

    @Option(names = "--scenarios", split = ",", description = "Which scenarios (default all: R1,…,R7)")
    Set<String> only;

    @Option(names = "--report", description = "Where to write the table (default RELIABILITY.md at the root)")
    Path report;

    @Option(names = "--seed", defaultValue = "20261201", description = "Seed of the fault moments")
    long seed;

    /** The workload of the run, for the report's client figures. */
    private ChaosWorkload lastWorkload;

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("ENTENTE_ROOT", ".")).toAbsolutePath().normalize();
        Path home = Files.createTempDirectory("entente-chaos-");
        long began = System.nanoTime();
        System.out.println("Fault battery in " + home + " (logs in " + home.resolve("logs") + ")");
        try (ChaosInfrastructure infrastructure = new ChaosInfrastructure(home, freePort())) {
            infrastructure.start();
            Stack stack = new Stack(settings(root, home, infrastructure));
            stack.withServiceEnvironment(Map.of("ENTENTE_RATE_LIMIT_PER_MINUTE", "0", "ENTENTE_FAULTS_ENABLED",
                    "true", "ENTENTE_LEDGER_MONITOR_MAX_POLL_INTERVAL", "20s"));
            // Ten kills in a few minutes are the battery's doing, not a service failing on its own.
            stack.forgetFailuresAfter(Duration.ofSeconds(5));
            try (stack) {
                stack.startAll();
                List<ChaosRow> rows = run(root, stack, infrastructure);
                String markdown = ReliabilityReport.markdown(commandLine(), rows, lastWorkload,
                        Duration.ofNanos(System.nanoTime() - began));
                Path target = report != null ? report : root.resolve("RELIABILITY.md");
                ReliabilityReport.write(target, markdown);
                System.out.println("Written to " + target);
                return rows.stream().allMatch(ChaosRow::passed) && lastWorkload.refused().isEmpty() ? 0 : 1;
            }
        } finally {
            deleteQuietly(home);
        }
    }

    private List<ChaosRow> run(Path root, Stack stack, ChaosInfrastructure infrastructure) throws Exception {
        ChaosTerms terms = new ChaosTerms(root.resolve("seeds").resolve("ctg-val-de-fensch"), stack.queryService(),
                stack.signingKey());
        ChaosScript.People people = ChaosScript.People.of(stack.signingKey());
        List<ChaosScript> scripts = new ArrayList<>();
        for (int i = 0; i < partnerships; i++) {
            scripts.add(new ChaosScript(i, people, terms));
        }
        ChaosClient client = new ChaosClient(stack.commandService());
        ChaosWorkload workload = new ChaosWorkload(scripts, client, clients, rate);
        lastWorkload = workload;
        Database admin = infrastructure.adminDatabase();
        ChaosAdmin operator = new ChaosAdmin(stack.queryService(), stack.signingKey());
        ChaosFaults faults = new ChaosFaults(infrastructure, stack, operator, Databases.ensure(admin, "entente_query"),
                Databases.ensure(admin, "entente_command"), client, people, terms, scripts, seed);
        ChaosLedger ledger = new ChaosLedger(Databases.ensure(admin, "entente_command"),
                Databases.ensure(admin, "entente_query"));
        List<ChaosScenario> scenarios = faults.all().stream()
                .filter(scenario -> only == null || only.contains(scenario.name())).toList();
        workload.start();
        return new ChaosBattery(workload, faults, operator, ledger, ChaosWorkload.commands(partnerships))
                .run(scenarios);
    }

    private static StackSettings settings(Path root, Path home, ChaosInfrastructure infrastructure)
            throws IOException {
        return new StackSettings(root, home, 0, freePort(), freePort(), freePort(), infrastructure.adminDatabase(),
                infrastructure.bootstrapServers(), "partnership-events", 6, home.resolve("logs"), true);
    }

    private String commandLine() {
        return "./entente chaos --partnerships " + partnerships + " --clients " + clients + " --rate " + rate
                + (only == null ? "" : " --scenarios " + String.join(",", only));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
