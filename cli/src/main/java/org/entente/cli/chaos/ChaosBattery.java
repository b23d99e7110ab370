package org.entente.cli.chaos;

import org.entente.cli.workload.OperatorChecks;
import org.entente.cli.workload.Workload;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the scenarios one after the other on one running installation and one workload: each scenario lets its
 * share of the commands go, injects its fault meanwhile, waits for every command's answer, then checks
 * everything against the event store and makes its row.
 */
final class ChaosBattery {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final Workload workload;
    private final ChaosFaults faults;
    private final OperatorChecks admin;
    private final ChaosLedger ledger;
    private final int totalCommands;

    ChaosBattery(Workload workload, ChaosFaults faults, OperatorChecks admin, ChaosLedger ledger,
                 int totalCommands) {
        this.workload = workload;
        this.faults = faults;
        this.admin = admin;
        this.ledger = ledger;
        this.totalCommands = totalCommands;
    }

    List<ChaosRow> run(List<ChaosScenario> scenarios) throws Exception {
        int weights = scenarios.stream().mapToInt(ChaosScenario::weight).sum();
        List<ChaosRow> rows = new ArrayList<>();
        long opened = 0;
        for (int i = 0; i < scenarios.size(); i++) {
            ChaosScenario scenario = scenarios.get(i);
            long size = i == scenarios.size() - 1 ? totalCommands - opened
                    : (long) totalCommands * scenario.weight() / weights;
            rows.add(run(scenario, opened, size));
            opened += size;
        }
        return rows;
    }

    private ChaosRow run(ChaosScenario scenario, long start, long size) throws Exception {
        System.out.printf("%s: %s, over %,d commands%n", scenario.name(), scenario.fault(), size);
        ChaosScenario.Segment segment = new ChaosScenario.Segment(workload, start, size);
        long retriesBefore = workload.retries();
        workload.open(size);
        scenario.injection().inject(segment);
        workload.awaitAllowanceAnswered();
        segment.note((workload.retries() - retriesBefore) + " requests sent again by the clients (timeouts, refused "
                + "connections, 5xx)");
        JsonNode reconciliation = admin.awaitConsistent(PATIENCE);
        Instant consistentAt = Instant.now();
        Double caughtUp = reconciliation != null && reconciliation.path("consistent").asBoolean()
                ? Duration.between(segment.lastFaultEnded(), consistentAt).toMillis() / 1e3 : null;
        List<Workload.Acknowledged> acknowledged = new ArrayList<>(workload.acknowledged());
        acknowledged.addAll(faults.acknowledged());
        long lost = ledger.lost(acknowledged);
        List<String> problems = new ArrayList<>(segment.problems());
        problems.addAll(ledger.problems());
        boolean replayed = admin.replayMatchesLive();
        ChaosRow row = ChaosRow.of(scenario, size, acknowledged.size(), reconciliation, lost, caughtUp, replayed,
                admin.alarms(), segment.notes(), problems);
        System.out.printf("%s %s: %,d acknowledged, %,d stored, %,d on the topic, %,d in the read models, lost %d, "
                        + "missing %d, caught up %s%n", row.scenario(), row.passed() ? "passed" : "FAILED",
                row.acknowledged(), row.stored(), row.onTopic(), row.inReadModels(), row.lost(), row.missing(),
                caughtUp == null ? "never" : caughtUp + " s");
        row.problems().forEach(problem -> System.out.println("  FAILED: " + problem));
        return row;
    }
}
