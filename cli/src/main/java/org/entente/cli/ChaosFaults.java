package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.Database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The battery's faults, R1 to R7, each injected at moments of its segment's load. */
final class ChaosFaults {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Axon's default gap timeout: a late commit must outlast it to be the known danger. */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final String STORED = "SELECT count(*) FROM DomainEventEntry";

    private final ChaosInfrastructure infrastructure;
    private final Stack stack;
    private final ChaosAdmin admin;
    private final Database readModels;
    private final Database commands;
    private final ChaosClient client;
    private final ChaosScript.People people;
    private final ChaosTerms terms;
    private final List<ChaosScript> scripts;
    private final Random random;
    private final ConcurrentLinkedQueue<ChaosWorkload.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();

    ChaosFaults(ChaosInfrastructure infrastructure, Stack stack, ChaosAdmin admin, Database readModels,
                Database commands, ChaosClient client, ChaosScript.People people, ChaosTerms terms,
                List<ChaosScript> scripts,
                long seed) {
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
                new ChaosScenario("R5", "a transaction held open " + (GAP_TIMEOUT.toSeconds() + 15)
                        + " s, past the gap timeout, then committed", 2, this::lateCommit),
                new ChaosScenario("R6", "a poison record, parked; retried after the fix", 2, this::poisonRecord),
                new ChaosScenario("R7", "broker paused (SIGSTOP) 30 s; query-service paused 50 s, past its "
                        + "consumers' poll interval and session timeout", 3, this::paused));
    }

    /** The commands the faults sent themselves (R5's), acknowledged. */
    List<ChaosWorkload.Acknowledged> acknowledged() {
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
        long lag = ChaosHealth.awaitFigure(stack.commandService(), "publication", "publicationLag",
                Duration.ofSeconds(10));
        ChaosInfrastructure.killHard(stack.commandServicePid());
        segment.note("command-service killed with " + lag + " stored event(s) not yet published");
        ChaosHealth.awaitHealthy(stack.commandService());
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
            long lag = ChaosHealth.awaitConsuming(stack.queryService());
            ChaosInfrastructure.killHard(stack.queryServicePid());
            segment.note(String.format("query-service killed at %.0f%% of the load, %d record(s) left to apply",
                    segment.progress() * 100, lag));
            ChaosHealth.awaitHealthy(stack.queryService());
            segment.faultEnded();
        }
    }

    /**
     * One command's transaction stays open past the gap timeout after its events got their global index, while
     * the load goes on; then it commits. Its partnership is one of its own, so that no workload command races it.
     */
    private void lateCommit(ChaosScenario.Segment segment) throws Exception {
        segment.awaitProgress(0.3);
        ChaosClient.Answer proposed = client.send(people.lead(), "/partnerships", terms.proposal(9_999));
        String id = JSON.readTree(proposed.body()).path("partnershipId").asText();
        acknowledged.add(new ChaosWorkload.Acknowledged(id, proposed.version()));
        long hold = GAP_TIMEOUT.toSeconds() + 15;
        long began = System.nanoTime();
        java.util.concurrent.CompletableFuture<ChaosClient.Answer> held = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> sendHeld(id, hold));
        // Once the held transaction has stored its event, and until just before it commits: what others commit.
        Thread.sleep(5_000);
        long storedBefore = ChaosSql.count(commands, STORED);
        Thread.sleep((hold - 10) * 1_000);
        long committedMeanwhile = ChaosSql.count(commands, STORED) - storedBefore;
        ChaosClient.Answer answer = held.get();
        segment.note(String.format("a transaction held open %d s answered %d after %.1f s; %d event(s) of other "
                        + "commands committed while it was held, their global indexes beyond its gap",
                hold, answer.status(), (System.nanoTime() - began) / 1e9, committedMeanwhile));
        if (answer.accepted()) {
            acknowledged.add(new ChaosWorkload.Acknowledged(id, answer.version()));
        }
        segment.faultEnded();
    }

    private ChaosClient.Answer sendHeld(String id, long hold) {
        try {
            return client.send(people.operator(), "/partnerships/" + id + "/acceptance", "{}", "hold-commit=" + hold);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    /**
     * The read models' database refuses one partnership's records (a constraint a faulty release might add), so
     * the intake parks the first and keeps the later ones waiting behind it; the fix drops it, and the operator
     * retries the parked records.
     */
    private void poisonRecord(ChaosScenario.Segment segment) throws Exception {
        segment.awaitProgress(0.2);
        String id = scripts.stream().filter(s -> s.partnershipId() != null && !s.finished()).findFirst()
                .orElseThrow().partnershipId();
        ChaosSql.execute(readModels, "CREATE OR REPLACE FUNCTION chaos_poison() RETURNS trigger AS $$ BEGIN "
                        + "RAISE EXCEPTION 'refused by the fault battery' USING ERRCODE = 'check_violation'; END $$ "
                        + "LANGUAGE plpgsql",
                "CREATE TRIGGER chaos_poison BEFORE INSERT ON partnership_event FOR EACH ROW WHEN "
                        + "(NEW.partnership_id = '" + id + "') EXECUTE FUNCTION chaos_poison()");
        long parked = awaitParked(id, Duration.ofMinutes(2));
        segment.note("partnership " + id + ": its record refused and parked (" + parked + " parked)");
        segment.awaitProgress(0.7);
        ChaosSql.execute(readModels, "DROP TRIGGER chaos_poison ON partnership_event", "DROP FUNCTION chaos_poison()");
        JsonNode first = admin.parked().path("items").get(0);
        admin.retryParked(first.path("id").asLong());
        segment.note("constraint dropped and parked records retried; still parked: "
                + admin.parked().path("total").asLong());
        segment.faultEnded();
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
        ChaosInfrastructure.signal("STOP", pid);
        Thread.sleep(50_000);
        ChaosInfrastructure.signal("CONT", pid);
        segment.note("query-service paused 50 s");
        segment.faultEnded();
    }

    /** {@code count} moments of a segment, at random between a tenth and four fifths of its load, in order. */
    private double[] moments(int count) {
        return random.doubles(count, 0.1, 0.8).sorted().toArray();
    }

    private long awaitParked(String id, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            long total = admin.parked().path("total").asLong();
            if (total > 0) {
                return total;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No record of " + id + " was parked within " + limit.toSeconds() + " s");
    }

}
