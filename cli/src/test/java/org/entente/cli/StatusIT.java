package org.entente.cli;

import org.entente.cli.launcher.Stack;
import org.entente.cli.launcher.StatusCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./entente status} tells the truth of a running installation: each service's database and broker, the
 * command side's publication lag and the query side's consumer lag, which both come down to zero once settled.
 */
@ResourceLock(SharedStack.LOCK)
class StatusIT {

    @Test
    void status_printsEachServicesDatabaseBrokerAndLags_andTheLagsSettleAtZero() throws Exception {
        Stack stack = SharedStack.get();
        String token = stack.signingKey().mint(org.entente.devstack.TokenClaims.of("status-probe", "Status probe",
                "ccas-metz", java.util.List.of("partner")), Duration.ofMinutes(5));
        var proposed = org.entente.devstack.Http.client().send(java.net.http.HttpRequest.newBuilder(
                        stack.commandService().resolve("/partnerships")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        java.nio.file.Files.readString(java.nio.file.Path.of("../seeds/cej-metz-nord/01-propose.json"))))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).isEqualTo(201);

        String status = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> status(stack), out -> out.contains("publicationLag=0") && out.contains("consumerLag=0"));

        assertThat(status).contains("command-service  UP", "query-service    UP", "web              UP");
        assertThat(status).containsPattern("publication\\s+UP\\s+publicationLag=0 storedEvents=[1-9]\\d*");
        assertThat(status).containsPattern("consumption\\s+UP\\s+consumerLag=0");
        assertThat(status).containsPattern("broker\\s+UP\\s+brokers=1");
        assertThat(status).containsPattern("db\\s+UP\\s+database=PostgreSQL");
    }

    @Test
    void aServiceThatIsNotRunning_isSaidSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        boolean up = StatusCommand.print(new PrintStream(out, true, StandardCharsets.UTF_8), "web",
                SharedStack.freePort());

        assertThat(up).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("web", "NOT RUNNING");
    }

    private static String status(Stack stack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        StatusCommand.print(print, "command-service", stack.commandService().getPort());
        StatusCommand.print(print, "query-service", stack.queryService().getPort());
        StatusCommand.print(print, "web", stack.web().getPort());
        return out.toString(StandardCharsets.UTF_8);
    }
}
