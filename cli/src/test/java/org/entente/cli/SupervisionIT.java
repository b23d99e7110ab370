package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that dies (kill -9) is started again by the launcher, and catches up: what was recorded while it was
 * down reaches it, nothing is lost.
 */
@ResourceLock(SharedStack.LOCK)
class SupervisionIT {

    private static final HttpClient HTTP = Http.client();

    @Test
    void aKilledQueryService_comesBack_andCatchesUpWithWhatHappenedMeanwhile() throws Exception {
        Stack stack = SharedStack.get();
        long killed = stack.queryServicePid();
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(killed).isEmpty()
                || !ProcessHandle.of(killed).get().isAlive());

        HttpResponse<String> proposed = HTTP.send(HttpRequest.newBuilder(stack.commandService()
                        .resolve("/partnerships")).header("Authorization", "Bearer " + token(stack, "ccas-metz", "partner"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Files.readString(Path.of("../seeds/cej-metz-nord/01-propose.json")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).isEqualTo(201);
        String id = new ObjectMapper().readTree(proposed.body()).get("partnershipId").asText();

        HttpRequest read = HttpRequest.newBuilder(stack.queryService().resolve("/partnerships/" + id))
                .header("Authorization", "Bearer " + token(stack, "cour-des-comptes", "auditor")).GET().build();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> HTTP.send(read, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
        assertThat(stack.queryServicePid()).isNotEqualTo(killed);
    }

    private static String token(Stack stack, String institution, String role) {
        return stack.signingKey().mint(TokenClaims.of("supervision-" + role, "Supervision", institution,
                List.of(role)), Duration.ofMinutes(10));
    }
}
