package org.entente.cli.bench;

import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.Workload;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a command's cost grows with its partnership's history: one client brings a partnership into force,
 * then records evaluations one after the other (an event each) until the partnership holds
 * {@value #LONG} events, timing each answer. The figures compared are the answer times while it held about
 * {@value #SHORT} events and while it held about {@value #LONG}.
 */
final class BenchLongLife {

    static final int SHORT = 10;
    static final int LONG = 1_000;
    private static final int SAMPLE = 50;
    private static final int OPENING = 9;

    /** Answer times, in microseconds, of the commands around each length of history. */
    record Outcome(Percentiles atShort, Percentiles atLong) {
    }

    private final BenchRun bench;
    private final LoadClient client;

    BenchLongLife(BenchRun bench, URI commandService) {
        this.bench = bench;
        this.client = new LoadClient(commandService);
    }

    /** Table rows: the answer time's p50 at each length of history, the median of {@code runs} runs. */
    List<String> rows(int runs) throws Exception {
        List<Double> atShort = new ArrayList<>();
        List<Double> atLong = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Outcome outcome = measure(2_000_000 + run);
            System.out.printf(Locale.ROOT, "long life %d: at %d–%d events %s; at ~%d events %s%n", run + 1, SHORT,
                    SHORT + SAMPLE, outcome.atShort(), LONG, outcome.atLong());
            atShort.add(outcome.atShort().p50());
            atLong.add(outcome.atLong().p50());
        }
        BenchFigure shortOne = new BenchFigure("command answered p50, one client, partnership of " + SHORT + "–"
                + (SHORT + SAMPLE) + " events", "ms", atShort);
        BenchFigure longOne = new BenchFigure("command answered p50, one client, partnership of ~1,000 events",
                "ms", atLong);
        return List.of(shortOne.remarked(""), longOne.remarked(String.format(Locale.ROOT,
                "%.2f × the short history", longOne.median() / shortOne.median())));
    }

    Outcome measure(int number) throws Exception {
        LoadScript script = bench.scripts(1, number).get(0);
        long events = 0;
        for (int step = 0; step < OPENING; step++) {
            events = send(script, script.next()) + 1;
        }
        List<Long> atShort = new ArrayList<>();
        List<Long> atLong = new ArrayList<>();
        while (events < LONG + SAMPLE / 2) {
            long began = System.nanoTime();
            events = send(script, script.anotherEvaluation()) + 1;
            long micros = (System.nanoTime() - began) / 1_000;
            if (events >= SHORT && events <= SHORT + SAMPLE) {
                atShort.add(micros);
            } else if (Math.abs(events - LONG) <= SAMPLE / 2) {
                atLong.add(micros);
            }
        }
        return new Outcome(Percentiles.of(atShort), Percentiles.of(atLong));
    }

    /** Sends the step, which must be accepted; answers the partnership's new version. */
    private long send(LoadScript script, LoadScript.Step step) throws InterruptedException {
        LoadClient.Answer answer = client.send(step.token(), step.path(), step.body());
        if (!answer.accepted()) {
            throw new IllegalStateException("Refused during the long-history measure: " + answer.status() + " "
                    + answer.body());
        }
        if (script.partnershipId() == null) {
            script.accepted(Workload.partnershipOf(answer.body()));
        } else {
            script.accepted(script.partnershipId());
        }
        return answer.version();
    }
}
