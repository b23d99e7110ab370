package org.entente.cli.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.InstallationSql;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.LoadTerms;
import org.entente.cli.workload.OwnServers;
import org.entente.cli.workload.ServiceHealth;
import org.entente.cli.workload.Workload;
import org.entente.devstack.Database;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * R8, time under faults (issue 20): conventions are brought in two years into their life while the load flows,
 * so that each has its evaluations, reminders and term end already due as it is activated, and the scheduler acts
 * on them at once; command-service is killed (kill -9) as it does, and restarted. Then each item must have been
 * recorded exactly once: no event of time twice for one item, no item left due, and every such convention the
 * same events of time in the same order (they share their terms), a tacit renewal among them.
 */
final class DeadlinesUnderLoad {

    private static final int OPENING = 9;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OF_TIME = "payloadType ~ '(EvaluationFallenDue|EvaluationOverdue|"
            + "ObligationFallenDue|ObligationOverdue|NoticeDeadlineApproaching|PartnershipRenewedTacitly|"
            + "PartnershipExpired)$'";

    private final LoadClient client;
    private final LoadScript.People people;
    private final LoadTerms lapsed;
    private final Database commands;
    private final Stack stack;
    private final ConcurrentLinkedQueue<Workload.Acknowledged> acknowledged;
    private final ConcurrentLinkedQueue<String> brought = new ConcurrentLinkedQueue<>();
    private final int conventions;

    DeadlinesUnderLoad(LoadClient client, LoadScript.People people, LoadTerms terms, Database commands, Stack stack,
                       ConcurrentLinkedQueue<Workload.Acknowledged> acknowledged, int conventions) {
        this.client = client;
        this.people = people;
        this.lapsed = terms.lapsed(LocalDate.now(ZoneId.of("Europe/Paris")));
        this.commands = commands;
        this.stack = stack;
        this.acknowledged = acknowledged;
        this.conventions = conventions;
    }

    void inject(ChaosScenario.Segment segment) throws Exception {
        segment.awaitProgress(0.2);
        CompletableFuture<Void> bringingIn = CompletableFuture.runAsync(() -> bringIn(segment));
        long before = awaitFirstRecorded(segment);
        OwnServers.killHard(stack.commandServicePid());
        segment.note(String.format("command-service killed as it recorded the due items: %d recorded, %d of %d "
                + "conventions brought in", before, brought.size(), conventions));
        ServiceHealth.awaitHealthy(stack.commandService());
        segment.faultEnded();
        bringingIn.join();
        if (brought.isEmpty()) {
            return;
        }
        long left = awaitNothingDue();
        if (left > 0) {
            segment.problem(left + " due item(s) still due or failing " + PATIENCE.toMinutes() + " min after");
        }
        check(segment);
    }

    /** Each convention proposed, accepted, approved and signed by the seed's three institutions: in force. */
    private void bringIn(ChaosScenario.Segment segment) {
        try {
            for (int i = 0; i < conventions; i++) {
                LoadScript script = new LoadScript(8_000 + i, people, lapsed);
                for (int step = 0; step < OPENING; step++) {
                    LoadScript.Step next = script.next();
                    LoadClient.Answer answer = client.send(next.token(), next.path(), next.body());
                    if (!answer.accepted()) {
                        segment.problem("convention " + i + ", step " + step + " refused: " + answer.body());
                        return;
                    }
                    String id = step == 0 ? JSON.readTree(answer.body()).path("partnershipId").asText()
                            : script.partnershipId();
                    script.accepted(id);
                    acknowledged.add(new Workload.Acknowledged(id, answer.version()));
                }
                brought.add(script.partnershipId());
            }
        } catch (Exception e) {
            segment.problem("bringing the conventions in failed: " + e);
        }
    }

    private long awaitFirstRecorded(ChaosScenario.Segment segment) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            long recorded = brought.isEmpty() ? 0 : InstallationSql.count(commands,
                    "SELECT count(*) FROM DomainEventEntry WHERE " + OF_TIME + " AND " + ours());
            if (recorded > 0) {
                return recorded;
            }
            Thread.sleep(50);
        }
        segment.problem("no due item recorded within " + PATIENCE.toMinutes() + " min of the activations");
        return 0;
    }

    /** Waits until none of the conventions' items is due, being run, or failing; answers how many still are. */
    private long awaitNothingDue() throws Exception {
        String due = "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'due-item' AND split_part("
                + "task_instance, ':', 1) IN (" + quoted() + ") AND (execution_time <= now() OR picked "
                + "OR consecutive_failures > 0)";
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long left = InstallationSql.count(commands, due);
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            left = InstallationSql.count(commands, due);
        }
        return left;
    }

    private void check(ChaosScenario.Segment segment) throws Exception {
        // An item's event less the instant it was recorded: the same item recorded twice leaves two equal rows.
        long twice = InstallationSql.count(commands, "SELECT count(*) FROM (SELECT aggregateIdentifier, "
                + "convert_from(payload, 'UTF8')::jsonb - 'fallenDueAt' - 'overdueAt' - 'remindedAt' - 'renewedAt' "
                + "- 'expiredAt' FROM DomainEventEntry WHERE " + OF_TIME + " AND " + ours()
                + " GROUP BY 1, 2 HAVING count(*) > 1) twice");
        Map<String, List<String>> histories = new TreeMap<>();
        InstallationSql.query(commands, "SELECT aggregateIdentifier, regexp_replace(payloadType, '^.*\\$', '') "
                + "FROM DomainEventEntry WHERE " + OF_TIME + " AND " + ours() + " ORDER BY 1, sequenceNumber",
                row -> histories.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2)));
        Map<List<String>, Long> kinds = histories.values().stream()
                .collect(Collectors.groupingBy(history -> history, Collectors.counting()));
        segment.note(String.format("%d conventions brought in; their events of time: %s; recorded twice: %d",
                brought.size(), kinds, twice));
        if (twice != 0) {
            segment.problem(twice + " due item(s) recorded twice");
        }
        if (brought.size() != conventions || histories.size() != conventions || kinds.size() != 1
                || !kinds.keySet().iterator().next().contains("PartnershipRenewedTacitly")) {
            segment.problem("the conventions' events of time differ, or lack their renewal: " + kinds);
        }
    }

    private String ours() {
        return "aggregateIdentifier IN (" + quoted() + ")";
    }

    private String quoted() {
        return brought.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }
}
