package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.launcher.StatusCommand;
import org.entente.cli.mail.KeptMail;
import org.entente.cli.mail.MailFolder;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One installation's life through {@code ./entente up}, on one home, in order: each way it can be stopped (Ctrl-C,
 * a closed terminal, the launcher killed with SIGKILL) followed by the start that must find everything as it was.
 * A signal stops the services, the broker and the database, and the command returns only once they are down, their
 * ports free again, with no stack trace (issue 9); what was recorded before a stop is there after it, read from the
 * kept read models, and what happens after it is recorded as before; a launcher killed with SIGKILL can stop
 * nothing, so what it started ends by itself, on its leash, and the next start finds nothing left running (issue
 * 30). One home for all: three starts instead of the seven that one home per scenario took; SIGTERM's stop, the
 * fourth way, ends {@code BackupRestoreIT}'s running installation once it is backed up, rather than a start of its
 * own here. The installation runs as {@code up} does by default, with the notifier and its local mail server, whose
 * mails of the first start are read with {@code ./entente mail} (issue 20).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// A start and a stop of a whole installation per step, each up to 3 min on a loaded machine.
@Timeout(value = 8, unit = TimeUnit.MINUTES)
// The longest classes are handed out first (SharedInstallationLast).
@Order(2)
class StopsAndStartsIT {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    private static Installation installation;
    private static String first;
    private static JsonNode firstBefore;
    private static String second;

    @Test
    @Order(1)
    void ctrlC_stopsEverything_andUpReturns() throws Exception {
        installation = new Installation(home);
        Process up = installation.up("first");
        try {
            first = propose();
            firstBefore = awaitVersion(first, 2);
            invitationsAreMailed_andReadWithEntenteMail();
        } finally {
            installation.stopsCleanly(up, "INT", "first");
        }
    }

    /**
     * The next start shows what the first recorded, from the kept read models, and records as before. Then the
     * launcher is killed with SIGKILL, which runs none of its hooks: what it started ends by itself, on its leash
     * (the services, the broker, and the detached postmaster through its watcher), within 60 s. (The next start's
     * sweep of what an earlier run left: {@code LeftBehindTest}. SIGTERM's stop: {@code BackupRestoreIT}, whose
     * running installation is stopped with it once backed up.)
     */
    @Test
    @Order(2)
    void aStart_keepsEveryPartnership_fromTheKeptReadModels_andAfterTheLauncherIsKilled_whatItStartedEndsByItself()
            throws Exception {
        Process up = installation.up("second");
        List<ProcessHandle> started = new ArrayList<>(up.descendants().toList());
        try {
            assertThat(read("/partnerships/" + first)).isEqualTo(firstBefore);
            assertThat(read("/partnerships/" + first + "/history").get("total").asLong()).isEqualTo(3);
            second = propose();
            assertThat(awaitVersion(second, 2).get("version").asLong()).isEqualTo(2);
            assertThat(installation.output("second")).doesNotContain("left running");
            // The broker, as the services, maps the class-data archive the first start wrote (issue 30).
            assertThat(started.stream().map(p -> p.info().commandLine().orElse(""))
                    .filter(command -> command.contains("kafka.Kafka")).toList()).singleElement().asString()
                    .contains("-XX:SharedArchiveFile=", "broker.jsa");

            long postmaster = Long.parseLong(Files.readAllLines(home.resolve("postgres").resolve("postmaster.pid"))
                    .get(0).trim());
            started.add(ProcessHandle.of(postmaster).orElseThrow());
            ProcessHandle launcher = started.stream().filter(p -> p.info().commandLine().orElse("")
                    .contains("entente-cli.jar")).findFirst().orElseThrow();

            launcher.destroyForcibly();

            StartedProcesses.awaitEnded(started, Duration.ofSeconds(60));
            assertThat(up.waitFor(30, TimeUnit.SECONDS)).as("./entente up returned").isTrue();
            installation.portsAreFree();
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
            EntenteCommand.stop(up);
        }
    }

    @Test
    @Order(3)
    void theNextStart_keepsEverything_findsNothingLeftRunning_andAClosedTerminalStopsIt() throws Exception {
        Process up = installation.up("third");
        try {
            assertThat(installation.output("third")).doesNotContain("left running");
            assertThat(read("/partnerships/" + first)).isEqualTo(firstBefore);
            assertThat(read("/partnerships/" + second).get("version").asLong()).isEqualTo(2);
        } finally {
            installation.stopsCleanly(up, "HUP", "third");
        }
    }

    /**
     * The proposal invites the CAF and the Ligue: the notifier mails each its invitation, at its address in
     * {@code seeds/contacts.csv}, through the local mail server, which keeps them for {@code ./entente mail}; and
     * {@code ./entente status} shows the notifier up with no mail waiting.
     */
    private static void invitationsAreMailed_andReadWithEntenteMail() throws Exception {
        List<KeptMail> mails = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> MailFolder.of(home).mails(), kept -> kept.size() >= 2);
        assertThat(mails).extracting(KeptMail::to).containsExactlyInAnyOrder(
                List.of("partenariats@caf57.example"), List.of("direction@ligue57.example"));
        assertThat(mails).extracting(KeptMail::subject).containsOnly(
                "Invitation au partenariat « Contrat Enfance Jeunesse Metz-Nord »");
        assertThat(mails.get(0).text()).contains("CCAS de Metz", "/partnerships/" + first);

        assertThat(installation.run("mail", "mail")).as(installation.output("mail")).isZero();
        assertThat(installation.output("mail")).contains("2 mail(s) in " + home.resolve("mail"),
                "partenariats@caf57.example", "direction@ligue57.example");
        await().atMost(Duration.ofSeconds(30)).until(() -> notifierStatus().contains("waiting=0"));
        String[] ports = {"--command-port", installation.ports.get(1).toString(), "--query-port",
                installation.ports.get(2).toString(), "--web-port", installation.ports.get(3).toString(),
                "--notifier-port", Integer.toString(installation.notifierPort())};
        assertThat(installation.run("status", Stream.concat(Stream.of("status"), Arrays.stream(ports))
                .toArray(String[]::new))).as(installation.output("status")).isZero();
        assertThat(installation.output("status")).containsPattern("notifier\\s+UP")
                .containsPattern("mail\\s+UP\\s+waiting=0 failing=0");
    }

    private static String notifierStatus() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatusCommand.printNotifier(new PrintStream(out, true, StandardCharsets.UTF_8), installation.notifierPort());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String propose() throws Exception {
        String body = Files.readString(Path.of("../seeds/cej-metz-nord/01-propose.json"));
        HttpResponse<String> proposed = HTTP.send(HttpRequest.newBuilder(installation.commandService()
                        .resolve("/partnerships")).header("Authorization", "Bearer " + token("ccas-metz", "partner"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        return JSON.readTree(proposed.body()).get("partnershipId").asText();
    }

    private static JsonNode awaitVersion(String id, long version) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> read("/partnerships/" + id), detail -> detail.path("version").asLong() == version);
    }

    private static JsonNode read(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(installation.queryService()
                        + path)).header("Authorization", "Bearer " + token("cour-des-comptes", "auditor")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static String token(String institution, String role) {
        return DevSigningKey.loadOrCreate(home).mint(TokenClaims.of("restart-" + institution, "Restart test",
                institution, List.of(role)), Duration.ofMinutes(10));
    }
}
