package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.launcher.Stack;
import org.entente.cli.workload.LoadClient;
import org.entente.cli.workload.LoadScript;
import org.entente.cli.workload.LoadTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An open partnership page ends on the state the last step left, however fast the steps come (issue 30,
 * requirement 7). A fresh-clone run once saw {@code WebJourneysIT}'s page stay on "Accord trouvé" after the
 * activation: the activation was announced while the page was refetching itself after the last signature, and
 * htmx drops such a request by default. Each round here opens a partnership's page, then approves and signs it
 * through the API as fast as the services answer (six steps, two more events of the system's: agreement, then
 * activation) while every request of the browser takes 800 ms more, as on a loaded machine, so that changes are
 * announced while the page is refetching itself; and waits for the page, never reloaded, to say "En vigueur".
 *
 * <p>Three rounds in every build; the loop of the requirement is {@code -Dentente.live.rounds=30}:
 * <pre>
 * ./mvnw -B -o -pl cli verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LivePagesIT \
 *     -Dentente.live.rounds=30
 * </pre>
 */
@ResourceLock(SharedStack.LOCK)
class LivePagesIT {

    private static final int ROUNDS = Integer.getInteger("entente.live.rounds", 3);
    /** Proposed by the CAF and accepted by the other two institutions; then three approvals, three signatures. */
    private static final int OPENING = 3;
    private static final int TO_ACTIVATION = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each refetch of the page takes longer than the steps take to come: the next change comes during it. */
    private static final Duration LATENCY = Duration.ofMillis(800);

    @TempDir
    static Path profiles;

    @Test
    void aBurstOfSteps_endsOnTheOpenPage_asTheLastStepLeftIt() throws Exception {
        Stack stack = SharedStack.get();
        LoadTerms terms = new LoadTerms(Path.of("../seeds/ctg-val-de-fensch"), stack.queryService(),
                stack.signingKey());
        LoadScript.People people = LoadScript.People.of(stack.signingKey());
        LoadClient client = new LoadClient(stack.commandService());
        try (Browser karim = new Browser(stack.web(), "live-burst", profiles.resolve("karim"))) {
            karim.signInAs("karim-benali").withLatency(LATENCY);
            for (int round = 0; round < ROUNDS; round++) {
                LoadScript script = new LoadScript(9_000 + round, people, terms);
                send(client, script, OPENING - 1);
                openWhenVisible(karim, "/partnerships/" + script.partnershipId(), "Julie Weber");
                // A change that appears by itself: the page's live connection is open before the burst.
                send(client, script, 1);
                karim.awaitText("Marc Thil");
                send(client, script, TO_ACTIVATION);
                karim.awaitText("En vigueur");
            }
        }
    }

    private static void send(LoadClient client, LoadScript script, int steps) throws Exception {
        for (int i = 0; i < steps; i++) {
            LoadScript.Step step = script.next();
            LoadClient.Answer answer = client.send(step.token(), step.path(), step.body());
            assertThat(answer.accepted()).as("%s: %s", step.path(), answer.body()).isTrue();
            script.accepted(script.partnershipId() != null ? script.partnershipId()
                    : JSON.readTree(answer.body()).path("partnershipId").asText());
        }
    }

    /** Opens the page once the query side knows the partnership with the text (the proposal is asynchronous). */
    private static void openWhenVisible(Browser browser, String path, String text) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> browser.open(path).pageText().contains(text));
    }
}
