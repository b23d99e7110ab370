package org.entente.cli.bench;

import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.Workload;
import org.entente.devstack.Http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/**
 * Command answered → change visible through query-service, under the lifecycle mix paced to a rate. The probe is
 * a sample of the load's own commands, about {@value #SAMPLED_PER_SECOND} a second: from the moment a command's
 * answer arrives, the partnership is read from query-service every {@value #POLL_MILLIS} ms until it shows that
 * version, so each figure is at most that much too long. Polling faster or sampling more became a load of its own
 * on two cores (thousands of reads a second), which lengthened what it measured; a sample waiting for a free
 * poller only lengthens its own figure.
 */
final class BenchLatency {

    private static final int LATENCY_SECONDS = 50;
    private static final int SAMPLED_PER_SECOND = 20;
    private static final int POLL_MILLIS = 5;
    private static final int POLLERS = 8;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final HttpClient HTTP = Http.client();

    /** What one paced run measured. */
    record Outcome(double targetRate, double achievedRate, Percentiles visible) {
    }

    private final BenchRun bench;
    private final URI commandService;
    private final URI queryService;
    private final int clients;

    BenchLatency(BenchRun bench, Stack stack, int clients) {
        this.bench = bench;
        this.commandService = stack.commandService();
        this.queryService = stack.queryService();
        this.clients = clients;
    }

    /**
     * Command answered → visible, at 25, 50 and 75 % of {@code maximum} commands per second, each level run
     * {@code runs} times for about {@value #LATENCY_SECONDS} s: table rows of p50, p99 and p99.9.
     */
    List<String> rows(double maximum, int runs) throws Exception {
        List<String> rows = new ArrayList<>();
        int number = 1_000_000;
        for (int percent : new int[] {25, 50, 75}) {
            double rate = maximum * percent / 100;
            int partnerships = (int) Math.max(5, rate * LATENCY_SECONDS / LoadScript.LENGTH);
            List<Percentiles> measured = new ArrayList<>();
            for (int run = 0; run < runs; run++, number += partnerships) {
                Outcome outcome = at(rate, partnerships, number);
                System.out.printf(Locale.ROOT, "latency at %d %% (%.0f commands/s, %.0f achieved): %s%n", percent,
                        rate, outcome.achievedRate(), outcome.visible());
                measured.add(outcome.visible());
            }
            String at = String.format(Locale.ROOT, "at %d %% (%.0f commands/s)", percent, rate);
            rows.add(figure("p50 " + at, measured, Percentiles::p50).remarked(""));
            rows.add(figure("p99 " + at, measured, Percentiles::p99).remarked(percent == 50 ? "target ≤ 50 ms" : ""));
            rows.add(figure("p99.9 " + at, measured, Percentiles::p999).remarked(""));
        }
        return rows;
    }

    private static BenchFigure figure(String name, List<Percentiles> runs, ToDoubleFunction<Percentiles> which) {
        return new BenchFigure("command → visible " + name, "ms", runs.stream().map(which::applyAsDouble).toList());
    }

    Outcome at(double commandsPerSecond, int partnerships, int firstNumber) throws Exception {
        Workload workload = new Workload(bench.scripts(partnerships, firstNumber),
                new LoadClient(commandService), clients, commandsPerSecond);
        long every = Math.max(1, Math.round(commandsPerSecond / SAMPLED_PER_SECOND));
        AtomicLong answered = new AtomicLong();
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pollers = Executors.newFixedThreadPool(POLLERS);
        workload.onEachAcknowledged(acknowledged -> {
            long at = System.nanoTime();
            if (answered.incrementAndGet() % every == 0) {
                pollers.execute(() -> micros.add(untilVisible(acknowledged, at)));
            }
        });
        long began = System.nanoTime();
        workload.start();
        workload.open(Workload.commands(partnerships));
        workload.awaitAllowanceAnswered();
        double seconds = (System.nanoTime() - began) / 1e9;
        pollers.shutdown();
        if (!pollers.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("Changes not visible on the query side within " + PATIENCE);
        }
        if (!workload.refused().isEmpty()) {
            throw new IllegalStateException("Commands refused during the benchmark: " + workload.refused().get(0));
        }
        return new Outcome(commandsPerSecond, Workload.commands(partnerships) / seconds, Percentiles.of(micros));
    }

    private long untilVisible(Workload.Acknowledged acknowledged, long answeredAt) {
        HttpRequest read = HttpRequest.newBuilder(queryService.resolve("/partnerships/" + acknowledged.partnershipId()))
                .header("Authorization", "Bearer " + bench.reader()).GET().build();
        long deadline = answeredAt + PATIENCE.toNanos();
        try {
            while (version(HTTP.send(read, HttpResponse.BodyHandlers.discarding())) < acknowledged.version()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(acknowledged + " not visible within " + PATIENCE);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (System.nanoTime() - answeredAt) / 1_000;
    }

    /** The version the query side shows, from its ETag; -1 while it does not know the partnership. */
    private static long version(HttpResponse<Void> response) {
        if (response.statusCode() == 404) {
            return -1;
        }
        String tag = response.headers().firstValue("ETag").orElse("\"-1\"");
        return Long.parseLong(tag.replace("W/", "").replace("\"", ""));
    }
}
