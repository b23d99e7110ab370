package org.entente.cli.chaos;

import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.LoadTerms;
import org.entente.cli.workload.OperatorChecks;
import org.entente.cli.workload.OwnServers;
import org.entente.cli.workload.ServiceHealth;
import org.entente.cli.workload.Workload;

import org.entente.devstack.Database;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The battery's faults, R1 to R8, each injected at moments of its segment's load. */
final class ChaosFaults {

    private final OwnServers infrastructure;
    private final Stack stack;
    private final OperatorChecks admin;
    private final Database readModels;
    private final Database commands;
    private final LoadClient client;
    private final LoadScript.People people;
    private final LoadTerms terms;
    private final List<LoadScript> scripts;
    private final Random random;
    private final int conventions;
    private final ConcurrentLinkedQueue<Workload.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

    ChaosFaults(OwnServers infrastructure, Stack stack, OperatorChecks admin, Database readModels,
                Database commands, LoadClient client, LoadScript.People people, LoadTerms terms,
                List<LoadScript> scripts, long seed, int conventions) {
        this.infrastructure = infrastructure;
        this.stack = stack;
        this.admin = admin;
        this.readModels = readModels;
        this.commands = commands;
        this.client = client;
        this.people = people;
        this.terms = terms;
        this.scripts = scripts;
        this.random = new Random(seed);
        this.conventions = conventions;
    }

    List<ChaosScenario> all() {
        return List.of(
                new ChaosScenario("R1", "broker killed (kill -9) 3 times, restarted", 3, this::brokerKilled),
                new ChaosScenario("R2", "command-service killed (kill -9) while publishing, restarted", 2,
                        this::commandServiceKilled),
                new ChaosScenario("R3", "PostgreSQL stopped immediately (SIGQUIT) 3 times, restarted", 3,
                        this::postgresStopped),
                new ChaosScenario("R4", "query-service killed (kill -9) mid-batch 10 times, restarted", 6,
                        this::queryServiceKilled),
                new ChaosScenario("R5", "a transaction held open " + (LateCommit.GAP_TIMEOUT.toSeconds() + 15)
                        + " s, past the gap timeout, then committed", 2,
                        new LateCommit(client, people, terms, commands, acknowledged)::inject),
                new ChaosScenario("R6", "a poison record, parked; retried after the fix", 2,
                        new PoisonRecord(readModels, admin, scripts)::inject),
                new ChaosScenario("R7", "broker paused (SIGSTOP) 30 s; query-service paused 50 s, past its "
                        + "consumers' poll interval and session timeout", 3, this::paused),
                new ChaosScenario("R8", conventions + " conventions brought in with their "
                        + "deadlines due; command-service killed (kill -9) as it records them, restarted", 2,
                        new DeadlinesUnderLoad(client, people, terms, commands, stack, acknowledged,
                                conventions)::inject));
    }

    /** The commands the faults sent themselves (R5's), acknowledged. */
    List<Workload.Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private void brokerKilled(ChaosScenario.Segment segment) throws InterruptedException {
        downAndUp(segment, "broker killed", infrastructure::killBroker, 2_000, infrastructure::restartBroker);
    }

    /** Three times, at random moments of the load: the server stopped, down a few seconds, started again. */
    private void downAndUp(ChaosScenario.Segment segment, String what, Runnable stop, int leastDownMillis,
                           Runnable start) throws InterruptedException {
        for (double at : moments(3)) {
            segment.awaitProgress(at);
            stop.run();
            long down = leastDownMillis + random.nextInt(2 * leastDownMillis + 2_000);
            segment.note(String.format("%s at %.0f%% of the load, down %.1f s", what, segment.progress() * 100,
                    down / 1e3));
            Thread.sleep(down);
            start.run();
            segment.faultEnded();
        }
    }

    private void commandServiceKilled(ChaosScenario.Segment segment) throws Exception {
        segment.awaitProgress(0.5);
        long lag = ServiceHealth.awaitFigure(stack.commandService(), "publication", "publicationLag",
                Duration.ofSeconds(10));
        OwnServers.killHard(stack.commandServicePid());
        segment.note("command-service killed with " + lag + " stored event(s) not yet published");
        ServiceHealth.awaitHealthy(stack.commandService());
        segment.faultEnded();
    }

    private void postgresStopped(ChaosScenario.Segment segment) throws InterruptedException {
        downAndUp(segment, "PostgreSQL stopped", infrastructure::stopPostgresImmediately, 1_000,
                infrastructure::restartPostgres);
    }

    /**
     * Each kill comes once the restarted service is consuming again, with records left to apply: mid-batch.
     */
    private void queryServiceKilled(ChaosScenario.Segment segment) throws Exception {
        for (double at : moments(10)) {
            segment.awaitProgress(at);
            long lag = ServiceHealth.awaitConsuming(stack.queryService());
            OwnServers.killHard(stack.queryServicePid());
            segment.note(String.format("query-service killed at %.0f%% of the load, %d record(s) left to apply",
                    segment.progress() * 100, lag));
            ServiceHealth.awaitHealthy(stack.queryService());
            segment.faultEnded();
        }
    }

    private void paused(ChaosScenario.Segment segment) throws InterruptedException {
        segment.awaitProgress(0.2);
        infrastructure.pauseBroker();
        Thread.sleep(30_000);
        infrastructure.resumeBroker();
        segment.note("broker paused 30 s");
        segment.faultEnded();
        segment.awaitProgress(0.6);
        long pid = stack.queryServicePid();
        OwnServers.signal("STOP", pid);
        Thread.sleep(50_000);
        OwnServers.signal("CONT", pid);
        segment.note("query-service paused 50 s");
        segment.faultEnded();
    }

    /** {@code count} moments of a segment, at random between a tenth and four fifths of its load, in order. */
    private double[] moments(int count) {
        return random.doubles(count, 0.1, 0.8).sorted().toArray();
    }
}
