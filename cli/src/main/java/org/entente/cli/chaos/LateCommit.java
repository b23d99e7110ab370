package org.entente.cli.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.workload.InstallationSql;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.LoadTerms;
import org.entente.cli.workload.Workload;
import org.entente.devstack.Database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * R5, the publisher's known danger: one command's transaction stays open past Axon's gap timeout after its event
 * got its global index, while other commands commit beyond the gap; then it commits, and must still be published.
 */
final class LateCommit {

    /** Axon's default gap timeout: a late commit must outlast it to be the known danger. */
    static final Duration GAP_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORED = "SELECT count(*) FROM DomainEventEntry";

    private final LoadClient client;
    private final LoadScript.People people;
    private final LoadTerms terms;
    private final Database commands;
    private final ConcurrentLinkedQueue<Workload.Acknowledged> acknowledged;

    LateCommit(LoadClient client, LoadScript.People people, LoadTerms terms, Database commands,
               ConcurrentLinkedQueue<Workload.Acknowledged> acknowledged) {
        this.client = client;
        this.people = people;
        this.terms = terms;
        this.commands = commands;
        this.acknowledged = acknowledged;
    }

    /**
     * One command's transaction stays open past the gap timeout after its events got their global index, while
     * the load goes on; then it commits. Its partnership is one of its own, so that no workload command races it.
     */
    void inject(ChaosScenario.Segment segment) throws Exception {
        segment.awaitProgress(0.3);
        LoadClient.Answer proposed = client.send(people.lead(), "/partnerships", terms.proposal(9_999));
        String id = JSON.readTree(proposed.body()).path("partnershipId").asText();
        acknowledged.add(new Workload.Acknowledged(id, proposed.version()));
        long hold = GAP_TIMEOUT.toSeconds() + 15;
        long began = System.nanoTime();
        CompletableFuture<LoadClient.Answer> held = CompletableFuture.supplyAsync(
                () -> sendHeld(id, hold));
        // Once the held transaction has stored its event, and until just before it commits: what others commit.
        Thread.sleep(5_000);
        long storedBefore = InstallationSql.count(commands, STORED);
        Thread.sleep((hold - 10) * 1_000);
        long committedMeanwhile = InstallationSql.count(commands, STORED) - storedBefore;
        LoadClient.Answer answer = held.get();
        segment.note(String.format("a transaction held open %d s answered %d after %.1f s; %d event(s) of other "
                        + "commands committed while it was held, their global indexes beyond its gap",
                hold, answer.status(), (System.nanoTime() - began) / 1e9, committedMeanwhile));
        if (answer.accepted()) {
            acknowledged.add(new Workload.Acknowledged(id, answer.version()));
        }
        segment.faultEnded();
    }

    private LoadClient.Answer sendHeld(String id, long hold) {
        try {
            return client.send(people.operator(), "/partnerships/" + id + "/acceptance", "{}", "hold-commit=" + hold);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
