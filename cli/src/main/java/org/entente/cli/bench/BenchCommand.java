package org.entente.cli.bench;

import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.ThrowAwayInstallation;

import org.entente.devstack.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--partnerships", defaultValue = "60", description = "Partnerships per run (default 60), "
            + LoadScript.LENGTH + " commands each")
    int partnerships;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs (default 3), after a warm-up")
    int runs;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default 16)")
    int clients;

    @Option(names = "--history", defaultValue = "0", description = "Events of history added to the event store "
            + "after the warm-up, before the measured runs (default 0; e.g. 1000000)")
    long history;

    @Option(names = "--profile", paramLabel = "DIR", description = "Record a JFR profile of each service into DIR")
    Path profiles;

    @Option(names = "--env", paramLabel = "NAME=VALUE", description = "A setting for both services, e.g. "
            + "ENTENTE_PUBLISHING_BATCH_SIZE=1 to measure without a tuning step (repeatable)")
    Map<String, String> environment = new HashMap<>();

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
            List<String> footprint;
            try (Stack stack = installation.stack(root, serviceEnvironment())) {
                stack.startAll();
                table.addAll(entente(root, stack, installation));
                footprint = BenchFootprint.rows(stack);
                table.addAll(BenchReplay.rows(stack, runs, setBased));
            }
            System.out.println("| figure | median | min – max | ratio |");
            System.out.println("|---|---:|---:|---|");
            table.forEach(System.out::println);
            System.out.println();
            System.out.println("| service | peak RSS (VmHWM) after the write runs | start-up to healthy |");
            System.out.println("|---|---:|---:|");
            footprint.forEach(System.out::println);
            return 0;
        }
    }

    /** What both services get on top: the --env settings, and JFR (dumped when they stop) with --profile. */
    private Map<String, String> serviceEnvironment() throws IOException {
        Map<String, String> all = new HashMap<>(environment);
        if (profiles != null) {
            Files.createDirectories(profiles);
            all.merge("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + profiles.toAbsolutePath(), (given, recording) -> given + " " + recording);
        }
        return all;
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
        List<String> rows = new ArrayList<>();
        if (history > 0) {
            double[] backlog = bench.addHistory(history);
            rows.add(new BenchFigure(String.format(Locale.ROOT, "a backlog of %,d events: published", history),
                    "events/s", List.of(backlog[0])).row(produced));
            rows.add(new BenchFigure(String.format(Locale.ROOT, "a backlog of %,d events: visible", history),
                    "events/s", List.of(backlog[1])).row(setBased));
        }
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
        rows.addAll(0, List.of(written.row(appends),
                new BenchFigure("Entente events stored and published", "events/s", events).row(produced),
                new BenchFigure("Entente end-to-end (visible on the query side)", "events/s", endToEnd)
                        .row(setBased)));
        rows.addAll(new BenchLatency(bench, stack, clients).rows(written.median(), runs));
        rows.addAll(new BenchLongLife(bench, stack.commandService()).rows(runs));
        return rows;
    }
}
