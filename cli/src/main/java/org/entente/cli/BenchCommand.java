package org.entente.cli;

import org.entente.devstack.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ./entente bench}: Entente's throughput against the machine's own limits, in one run on the same servers.
 * A throw-away installation as {@code ./entente up} runs it (durable PostgreSQL, a broker, each server its own
 * process); the raw limits of PostgreSQL and Kafka; then, after a warm-up, several runs of the battery's
 * lifecycle mix (every step, not only proposals) by concurrent clients, each counted once every event is on the
 * topic (write throughput) and once every event is in the read models (end-to-end). Every Entente figure is
 * printed as a ratio to its raw limit.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Entente's write and end-to-end throughput against PostgreSQL's and Kafka's raw limits.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--partnerships", defaultValue = "60", description = "Partnerships per run (default 60), "
            + ChaosScript.LENGTH + " commands each")
    int partnerships;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default 3), after a warm-up")
    int runs;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default 16)")
    int clients;

    /** The raw limits of this run, which Entente's figures are divided by. */
    private BenchFigure appends;
    private BenchFigure setBased;
    private BenchFigure produced;

    @Override
    public Integer call() throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("ENTENTE_ROOT", ".")).toAbsolutePath().normalize();
        try (ThrowAwayInstallation installation = ThrowAwayInstallation.start("entente-bench-")) {
            List<String> table = new ArrayList<>(rawLimits(installation.database("entente_raw"),
                    installation.infrastructure().bootstrapServers()));
            try (Stack stack = installation.stack(root, Map.of())) {
                stack.startAll();
                table.addAll(entente(root, stack, installation));
            }
            System.out.println("| figure | median | min – max | ratio |");
            System.out.println("|---|---:|---:|---|");
            table.forEach(System.out::println);
            return 0;
        }
    }

    private List<String> rawLimits(Database database, String bootstrapServers) throws Exception {
        RawLimits raw = new RawLimits(database, bootstrapServers);
        List<Double> append = new ArrayList<>();
        List<Double> rows = new ArrayList<>();
        List<Double> produce = new ArrayList<>();
        List<Double> consume = new ArrayList<>();
        raw.appendsPerSecond(clients, Duration.ofSeconds(3));
        for (int run = 0; run < runs; run++) {
            append.add(raw.appendsPerSecond(clients, Duration.ofSeconds(10)));
            rows.add(raw.setBasedRowsPerSecond(200_000));
            double[] kafka = raw.produceAndConsumePerSecond(200_000, 6);
            produce.add(kafka[0]);
            consume.add(kafka[1]);
            System.out.printf("raw run %d: %,.0f appends/s, %,.0f rows/s, %,.0f produced/s, %,.0f consumed/s%n",
                    run + 1, append.get(run), rows.get(run), produce.get(run), consume.get(run));
        }
        appends = new BenchFigure("PostgreSQL single-row appends, " + clients + " clients", "tx/s", append);
        setBased = new BenchFigure("PostgreSQL set-based insert", "rows/s", rows);
        produced = new BenchFigure("Kafka produce, acks=all", "records/s", produce);
        return List.of(appends.row(null), setBased.row(null), produced.row(null),
                new BenchFigure("Kafka consume", "records/s", consume).row(null));
    }

    private List<String> entente(Path root, Stack stack, ThrowAwayInstallation installation) throws Exception {
        BenchRun bench = new BenchRun(root, stack, installation.database("entente_command"),
                installation.database("entente_query"), clients);
        bench.run(Math.max(10, partnerships / 3), 0);
        List<Double> writes = new ArrayList<>();
        List<Double> endToEnd = new ArrayList<>();
        List<Double> events = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            BenchRun.Outcome outcome = bench.run(partnerships, (run + 1) * 10_000);
            writes.add(outcome.commandsPerSecond());
            events.add(outcome.eventsPerSecondPublished());
            endToEnd.add(outcome.eventsPerSecondVisible());
            System.out.println("entente run " + (run + 1) + ": " + outcome);
        }
        BenchFigure written = new BenchFigure("Entente write throughput (on the topic)", "commands/s", writes);
        return List.of(written.row(appends),
                new BenchFigure("Entente events stored and published", "events/s", events).row(produced),
                new BenchFigure("Entente end-to-end (visible on the query side)", "events/s", endToEnd)
                        .row(setBased));
    }
}
