package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An installation keeps everything across stops and starts (issue 9): what was recorded before a stop is there
 * after it, read from the kept read models, and what happens after it is recorded as before. When the launcher
 * itself was killed (SIGKILL), what it started ends by itself, and the next start goes on.
 */
// Two starts of a whole installation per test, each up to 3 min on a loaded machine.
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RestartIT {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void aStopAndAStart_keepEveryPartnership_andTheReadModelsAreNotRebuilt() throws Exception {
        Installation installation = new Installation(home);
        Process first = installation.up("first");
        String id = propose(installation);
        JsonNode before = awaitDetail(installation, id);
        new ProcessBuilder("kill", "-TERM", Long.toString(first.pid())).start().waitFor();
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).isTrue();

        Process second = installation.up("second");
        try {
            assertThat(read(installation, "/partnerships/" + id)).isEqualTo(before);
            assertThat(read(installation, "/partnerships/" + id + "/history").get("total").asLong()).isEqualTo(3);
            String next = propose(installation);
            assertThat(awaitDetail(installation, next).get("version").asLong()).isEqualTo(2);
            assertThat(installation.output("second")).doesNotContain("left running");
        } finally {
            stop(second);
        }
    }

    /**
     * SIGKILL runs no hook of the launcher's: what it started ends by itself, on its leash (the services, the
     * broker, and the detached postmaster through its watcher), within 60 s; the next start finds nothing left
     * running and keeps everything. (The next start's sweep of what an earlier run left: {@code LeftBehindTest}.)
     */
    @Test
    void afterTheLauncherIsKilled_whatItStartedEndsByItself_andTheNextStartKeepsEverything() throws Exception {
        Installation installation = new Installation(home);
        Process first = installation.up("first");
        String id = propose(installation);
        awaitDetail(installation, id);
        List<ProcessHandle> started = new ArrayList<>(first.descendants().toList());
        long postmaster = Long.parseLong(Files.readAllLines(home.resolve("postgres").resolve("postmaster.pid")).get(0));
        started.add(ProcessHandle.of(postmaster).orElseThrow());
        ProcessHandle launcher = started.stream().filter(p -> p.info().commandLine().orElse("")
                .contains("entente-cli.jar")).findFirst().orElseThrow();
        launcher.destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(started.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " "
                        + p.info().commandLine().orElse("")).toList()).as("still running").isEmpty());
        for (int port : installation.ports) {
            assertThat(Installation.free(port)).as("port " + port + " is free again").isTrue();
        }

        Process second = installation.up("second");
        try {
            assertThat(installation.output("second")).doesNotContain("left running");
            assertThat(read(installation, "/partnerships/" + id).get("version").asLong()).isEqualTo(2);
        } finally {
            stop(second);
        }
    }

    private static void stop(Process up) throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(up.pid())).start().waitFor();
        if (!up.waitFor(90, TimeUnit.SECONDS)) {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    private String propose(Installation installation) throws Exception {
        String body = Files.readString(Path.of("../seeds/cej-metz-nord/01-propose.json"));
        HttpResponse<String> proposed = HTTP.send(HttpRequest.newBuilder(installation.commandService()
                        .resolve("/partnerships")).header("Authorization", "Bearer " + token("ccas-metz", "partner"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        return JSON.readTree(proposed.body()).get("partnershipId").asText();
    }

    private JsonNode awaitDetail(Installation installation, String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> read(installation, "/partnerships/" + id), detail -> detail.path("version").asLong() == 2);
    }

    private JsonNode read(Installation installation, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(installation.queryService()
                + path)).header("Authorization", "Bearer " + token("cour-des-comptes", "auditor")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private String token(String institution, String role) {
        return DevSigningKey.loadOrCreate(home).mint(TokenClaims.of("restart-" + institution, "Restart test",
                institution, List.of(role)), Duration.ofMinutes(10));
    }
}
