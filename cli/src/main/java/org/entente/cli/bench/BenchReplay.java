package org.entente.cli.bench;

import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.OperatorChecks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The replay's rate: a full rebuild of the read models from the topic, beside the live ones, compared with them
 * and not switched in, {@code runs} times. A replay that does not end with both checksums equal fails the
 * benchmark.
 */
final class BenchReplay {

    private static final Duration PATIENCE = Duration.ofHours(2);

    private BenchReplay() {
    }

    static List<String> rows(Stack stack, int runs, BenchFigure setBased) throws Exception {
        OperatorChecks admin = new OperatorChecks(stack.queryService(), stack.signingKey());
        List<Double> rates = new ArrayList<>();
        long events = 0;
        for (int run = 0; run < runs; run++) {
            JsonNode replay = admin.replay(PATIENCE);
            if (!"COMPLETED".equals(replay.path("status").asText()) || !replay.path("checksumsMatch").asBoolean()) {
                throw new IllegalStateException("The replay did not end equal to the live read models: " + replay);
            }
            events = replay.path("eventsDone").asLong();
            rates.add(replay.path("eventsPerSecond").asDouble());
            System.out.printf(Locale.ROOT, "replay %d: %,d events at %,.0f events/s%n", run + 1, events,
                    rates.get(run));
        }
        return List.of(new BenchFigure(String.format(Locale.ROOT, "Entente replay (%,d events)", events),
                "events/s", rates).row(setBased));
    }
}
