package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.demo.SeedPlayer;
import org.entente.cli.mail.MailFolder;
import org.entente.devstack.Database;
import org.entente.devstack.DevSigningKey;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./entente backup} of a running installation, restored by {@code ./entente restore} into an empty one,
 * brings back every partnership: the same detail and the same history, read models rebuilt from the events alone;
 * the same due items in the schedule, rebuilt from the events too; the notifier's log of mails, so that the
 * restored notifier, reading every event again, mails nobody twice; the restored keys still accept the original's
 * tokens, and a client's retry with its Idempotency-Key gets its first answer back. A damaged file, and an
 * installation that is not empty, are refused with nothing changed. The running installation, once backed up, is
 * stopped with SIGTERM, which must stop it cleanly (the other signals: {@code StopsAndStartsIT}).
 */
// A start, a backup, a restore into a fresh installation and its catch-up, per test.
@Timeout(value = 10, unit = TimeUnit.MINUTES)
// The longest classes are handed out first (SharedInstallationLast).
@Order(1)
class BackupRestoreIT {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path original;

    @TempDir
    Path restored;

    @TempDir
    Path files;

    @Test
    void aBackupOfARunningInstallation_restoredIntoAnEmptyOne_bringsBackEveryPartnership() throws Exception {
        Installation source = new Installation(original);
        Path backup = files.resolve("entente.backup");
        Map<String, JsonNode> before;
        List<String> dueItems;
        HttpResponse<String> firstAnswer;
        String checkpoint;
        int mailed;
        Process up = source.up("source");
        try {
            new SeedPlayer(source.commandService(), source.queryService(), key()).playAll(Path.of("../seeds"));
            firstAnswer = proposeOnce(source);
            assertThat(firstAnswer.statusCode()).as(firstAnswer.body()).isEqualTo(201);
            awaitVisible(source, JSON.readTree(firstAnswer.body()).get("partnershipId").asText());
            mailed = awaitEveryMailSent(source);
            assertThat(mailed).as("the invitations of the last proposal, at least").isPositive();

            checkpoint = ledger(source, "POST", "/ledger/checkpoint");
            dueItems = dueItems(source);
            assertThat(source.run("backup", "backup", backup.toString())).as(source.output("backup")).isZero();
            assertThat(source.output("backup")).contains("Backed up", "events of 6 partnerships",
                    mailed + " mails of the notifier's log");
            before = everyPartnership(source);
        } finally {
            // SIGTERM's stop, checked here as StopsAndStartsIT checks the other signals': a start fewer there.
            source.stopsCleanly(up, "TERM", "source");
        }
        assertThat(before).hasSize(6);
        assertThat(dueItems).as("the seeds' partnerships in force have items ahead").isNotEmpty();

        Installation target = new Installation(restored);
        assertThat(target.run("restore", restoreArguments(target, backup))).as(target.output("restore")).isZero();
        assertThat(target.output("restore")).contains("The notifier's log of " + mailed + " mails is restored.",
                "Restored: every one of the 6 partnerships is back").doesNotContain("\tat ");

        Process again = target.up("restored");
        try {
            assertThat(everyPartnership(target)).isEqualTo(before);
            assertThat(dueItems(target)).isEqualTo(dueItems);
            // Its notifier read every restored event (the restore waited for it) and found each mail in its log.
            assertThat(MailFolder.of(restored).mails()).isEmpty();
            // The log is the same log: the checkpoint issued before the backup is still served, and the tree
            // rebuilt from the restored leaves has its root.
            String size = checkpoint.split("\n")[1];
            assertThat(ledger(target, "GET", "/ledger/checkpoints?size=" + size)).isEqualTo(checkpoint);
            assertThat(ledger(target, "POST", "/ledger/checkpoint")).isEqualTo(checkpoint);
            HttpResponse<String> retried = proposeOnce(target);
            assertThat(retried.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(retried.body())).isEqualTo(JSON.readTree(firstAnswer.body()));
            assertThat(everyPartnership(target)).hasSize(6);
        } finally {
            stop(again);
        }
    }

    @Test
    void aDamagedBackup_orAnInstallationThatIsNotEmpty_isRefused_andNothingChanges() throws Exception {
        Path damaged = files.resolve("damaged.backup");
        Files.write(damaged, "PK\u0003\u0004 not really a zip".getBytes());
        Installation target = new Installation(restored).withoutMail();
        assertThat(target.run("damaged", restoreArguments(target, damaged))).isEqualTo(2);
        assertThat(target.output("damaged")).contains("cannot be restored", "Nothing was changed.")
                .doesNotContain("\tat ");
        assertThat(restored.resolve("postgres")).doesNotExist();

        Files.createDirectories(restored.resolve("kafka"));
        Files.writeString(restored.resolve("kafka").resolve("meta.properties"), "cluster.id=someone-elses\n");
        Path anyBackup = files.resolve("any.backup");
        Files.write(anyBackup, new byte[0]);
        assertThat(target.run("occupied", restoreArguments(target, anyBackup))).isEqualTo(2);
        assertThat(target.output("occupied")).contains("Nothing was restored:", "already holds an installation");
        assertThat(target.run("not-running", "backup", files.resolve("none.backup").toString())).isEqualTo(1);
        assertThat(target.output("not-running")).contains("No backup was written: no Entente is running on");
        assertThat(files.resolve("none.backup")).doesNotExist();
    }

    private static String[] restoreArguments(Installation target, Path backup) {
        List<String> arguments = new java.util.ArrayList<>(List.of("restore", backup.toString()));
        arguments.addAll(List.of(target.portOptions()));
        arguments.addAll(List.of(target.mailOptions()));
        return arguments.toArray(String[]::new);
    }

    /**
     * Every mail the seeds call for, sent: no due item left due (the scheduler records the seeds' events of time as
     * it polls, and the notifier mails their reminders), the notifier's consumer at the topic's end and no mail
     * waiting, all of it holding for three seconds, so that a reminder queued just after a first look is counted.
     */
    private static int awaitEveryMailSent(Installation installation) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).during(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    JsonNode components = notifierHealth(installation).path("components");
                    return dueNow(installation) == 0
                            && components.path("consumption").path("details").path("consumerLag").asLong(-1) == 0
                            && components.path("mail").path("details").path("waiting").asLong(-1) == 0;
                });
        return MailFolder.of(installation.home).mails().size();
    }

    private static long dueNow(Installation installation) throws Exception {
        Database command = installation.database("entente_command");
        try (Connection connection = DriverManager.getConnection(command.jdbcUrl(), command.username(),
                command.password()); Statement statement = connection.createStatement();
             ResultSet due = statement.executeQuery("SELECT count(*) FROM scheduled_tasks WHERE task_name = "
                     + "'due-item' AND execution_time <= now()")) {
            due.next();
            return due.getLong(1);
        }
    }

    private static JsonNode notifierHealth(Installation installation) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + installation.notifierPort() + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The scheduler's due items, each by its id and instant. */
    private static List<String> dueItems(Installation installation) throws Exception {
        Database command = installation.database("entente_command");
        try (Connection connection = DriverManager.getConnection(command.jdbcUrl(), command.username(),
                command.password()); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT task_instance || ' at ' || execution_time FROM "
                     + "scheduled_tasks WHERE task_name = 'due-item' ORDER BY task_instance")) {
            List<String> items = new java.util.ArrayList<>();
            while (rows.next()) {
                items.add(rows.getString(1));
            }
            return items;
        }
    }

    /** Each partnership's detail and whole history, as an auditor reads them on the query side, by id. */
    private Map<String, JsonNode> everyPartnership(Installation installation) throws Exception {
        Map<String, JsonNode> all = new TreeMap<>();
        for (JsonNode summary : read(installation, "/partnerships?size=100").get("items")) {
            String id = summary.get("id").asText();
            all.put(id, JSON.createObjectNode().<com.fasterxml.jackson.databind.node.ObjectNode>set("detail",
                    read(installation, "/partnerships/" + id)).set("history",
                    read(installation, "/partnerships/" + id + "/history?size=500")));
        }
        return all;
    }

    private String ledger(Installation installation, String method, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(installation.commandService().resolve(path))
                .header("Authorization", "Bearer " + token("cour-des-comptes", "auditor"))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> proposeOnce(Installation installation) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(installation.commandService().resolve("/partnerships"))
                .header("Authorization", "Bearer " + token("ccas-metz", "partner"))
                .header("Idempotency-Key", "backup-restore-1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(
                        Path.of("../seeds/cej-metz-nord/01-propose.json")))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitVisible(Installation installation, String id) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> read(installation, "/partnerships/" + id).path("version").asLong() == 2);
    }

    private JsonNode read(Installation installation, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(installation.queryService()
                + path)).header("Authorization", "Bearer " + token("cour-des-comptes", "auditor")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Minted with the original installation's key: the restored one must accept it. */
    private String token(String institution, String role) {
        return key().mint(TokenClaims.of("backup-" + institution, "Backup test", institution, List.of(role)),
                Duration.ofMinutes(10));
    }

    private DevSigningKey key() {
        return DevSigningKey.loadOrCreate(original);
    }

    private static void stop(Process up) throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(up.pid())).start().waitFor();
        if (!up.waitFor(90, TimeUnit.SECONDS)) {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }
}
