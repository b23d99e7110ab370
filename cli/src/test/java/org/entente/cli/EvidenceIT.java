package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.EntenteCommand.Run;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Databases;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.entente.ledger.NoteSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, requirement 6, as deployed: a partnership's evidence package from the query side, checked offline by
 * {@code ./entente verify} with the key command-service serves — and refused, naming the failure, once altered,
 * with another key, or against an older checkpoint it cannot prove consistent with.
 */
@ResourceLock(SharedStack.LOCK)
class EvidenceIT {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void anEvidencePackage_verifiesOffline_andEveryAlterationIsNamed() throws Exception {
        Stack stack = SharedStack.get();
        String auditor = token(stack, "cour-des-comptes", "auditor");
        String id = propose(stack);
        Path older = Files.writeString(directory.resolve("older.txt"), send(stack.commandService()
                .resolve("/ledger/checkpoint"), auditor, "POST").body());
        long olderSize = Long.parseLong(Files.readString(older).split("\n")[1]);
        propose(stack);
        long size = Long.parseLong(send(stack.commandService().resolve("/ledger/checkpoint"), auditor, "POST").body()
                .split("\n")[1]);
        String key = send(stack.commandService().resolve("/ledger/key"), auditor, "GET").body().strip();

        URI evidence = stack.queryService().resolve("/audit/partnerships/" + id + "/evidence?since=" + olderSize);
        HttpResponse<byte[]> downloaded = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> bytes(evidence, auditor), response -> response.statusCode() == 200
                        && checkpointSize(response.body()) >= size);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/zip");
        Path file = Files.write(directory.resolve("evidence.zip"), downloaded.body());

        Run ok = verify(file, "--key", key, "--older", older.toString());
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("OK  checkpoint of", "OK  the chain of", "inclusion proofs",
                "consistent with your older checkpoint of " + olderSize + " leaves");

        Run otherKey = verify(file, "--key", NoteSigner.generate(key.split("\\+")[0]).verifier().text());
        assertThat(otherKey.code()).isEqualTo(1);
        assertThat(otherKey.output()).contains("FAILED: checkpoint.txt:");

        Run altered = verify(alter(file, "events.jsonl", "\"sequence\":\"1\"", "\"sequence\":\"7\""), "--key", key);
        assertThat(altered.code()).isEqualTo(1);
        assertThat(altered.output()).contains("FAILED:").doesNotContain("\tat ");

        Run notAZip = verify(Files.writeString(directory.resolve("notes.txt"), "hello"), "--key", key);
        assertThat(notAZip.code()).isEqualTo(2);

        assertThat(bytes(stack.queryService().resolve("/audit/partnerships/" + id + "/evidence?since=0"), auditor)
                .statusCode()).isEqualTo(400);
        assertThat(bytes(stack.queryService().resolve("/audit/partnerships/" + id + "/evidence"),
                token(stack, "other-town", "partner")).statusCode()).isEqualTo(404);
    }

    /**
     * Issue 21, requirement 3: the package opens the people's values for its requester, each checked by
     * {@code verify}; once a person is erased, the package still verifies, and names each field it could not open.
     */
    @Test
    void afterAnErasure_thePackageStillVerifies_andNamesTheFieldsItCouldNotOpen() throws Exception {
        Stack stack = SharedStack.get();
        String auditor = token(stack, "cour-des-comptes", "auditor");
        String person = "evidence-erased-" + java.util.UUID.randomUUID();
        String id = propose(stack, stack.signingKey().mint(TokenClaims.of(person, "Élise Roy", "ccas-metz",
                List.of("partner")), Duration.ofMinutes(10)));
        String key = send(stack.commandService().resolve("/ledger/key"), auditor, "GET").body().strip();

        URI export = stack.queryService().resolve("/audit/partnerships/" + id + "/events?format=csv");
        assertThat(await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> bytes(export, auditor), response -> response.statusCode() == 200))
                .extracting(response -> new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .as("the export opens the values for the auditor").asString().contains("Élise Roy", person);
        Run opened = verify(download(stack, id, auditor, "before.zip"), "--key", key);
        assertThat(opened.code()).as(opened.output()).isZero();
        assertThat(opened.output()).containsPattern("OK  [1-9][0-9]* personal values opened")
                .doesNotContain("could not be opened");

        String admin = stack.signingKey().mint(TokenClaims.of("evidence-admin", "Evidence admin", "entente",
                List.of("admin")), Duration.ofMinutes(10));
        send(stack.commandService().resolve("/admin/people/" + person + "/erasure"), admin, "POST");
        Run erased = verify(download(stack, id, auditor, "after.zip"), "--key", key);

        assertThat(erased.code()).as(erased.output()).isZero();
        assertThat(erased.output()).contains("OK  the chain of", "inclusion proofs", "could not be opened (erased",
                "(PartnershipProposed) actor.name", "(PartnershipProposed) actor.id");
        assertThat(text(directory.resolve("before.zip"))).contains("Élise Roy");
        String exported = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> send(export, auditor, "GET").body(), body -> body.contains("PersonalDataErased"));
        assertThat(exported).doesNotContain("Élise", person)
                .contains("\"\"actor.name\"\":null");
        assertThat(text(directory.resolve("after.zip"))).doesNotContain("Élise", person);

        // Issue 21, requirement 6, as deployed: nothing of the person in any table of any of the installation's
        // databases, in any record or header of its topic, or in any of its logs.
        List<String> everywhere = new ArrayList<>();
        for (String database : List.of("entente_command", "entente_query")) {
            everywhere.addAll(Traces.inTables(Databases.ensure(stack.adminDatabase(), database)));
        }
        if (stack.runsMail()) {
            everywhere.addAll(Traces.inTables(stack.notifierDatabase()));
        }
        everywhere.addAll(Traces.inTopic(stack.bootstrapServers(), stack.settings().topic()));
        everywhere.addAll(Traces.inLogs(stack.settings().logDirectory()));
        assertThat(everywhere).as("the scan reads them").anyMatch(text -> text.contains(id));
        assertThat(everywhere).as("a trace of the erased person").noneMatch(text -> text.contains("Élise")
                || text.contains(person));
    }

    /** The partnership's package once its every event, the latest included, is in a checkpoint. */
    private Path download(Stack stack, String id, String auditor, String name) throws Exception {
        long size = Long.parseLong(send(stack.commandService().resolve("/ledger/checkpoint"), auditor, "POST").body()
                .split("\n")[1]);
        URI evidence = stack.queryService().resolve("/audit/partnerships/" + id + "/evidence");
        HttpResponse<byte[]> downloaded = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> bytes(evidence, auditor), response -> response.statusCode() == 200
                        && checkpointSize(response.body()) >= size);
        return Files.write(directory.resolve(name), downloaded.body());
    }

    private Run verify(Path file, String... options) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("verify", file.toString()));
        arguments.addAll(List.of(options));
        return EntenteCommand.of(directory.resolve("verify.log"), arguments).run(Duration.ofMinutes(1));
    }

    /** A copy of the package with one entry's text changed. */
    private Path alter(Path file, String entry, String from, String to) throws Exception {
        Path altered = directory.resolve("altered.zip");
        try (ZipFile zip = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            for (ZipEntry each : java.util.Collections.list(zip.entries())) {
                String content = new String(zip.getInputStream(each).readAllBytes());
                out.putNextEntry(new ZipEntry(each.getName()));
                out.write((each.getName().equals(entry) ? content.replace(from, to) : content).getBytes());
                out.closeEntry();
            }
        }
        return altered;
    }

    /** Every entry of the package, as text, one after the other. */
    private static String text(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry each : java.util.Collections.list(zip.entries())) {
                text.append(new String(zip.getInputStream(each).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static long checkpointSize(byte[] zip) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("checkpoint.txt")) {
                    return Long.parseLong(new String(in.readAllBytes()).split("\n")[1]);
                }
            }
            return -1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String propose(Stack stack) throws Exception {
        return propose(stack, token(stack, "ccas-metz", "partner"));
    }

    private static String propose(Stack stack, String token) throws Exception {
        HttpResponse<String> proposed = HTTP.send(HttpRequest.newBuilder(stack.commandService().resolve("/partnerships"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        Files.readString(Path.of("../seeds/cej-metz-nord/01-propose.json")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(proposed.body());
        return body.get("partnershipId").asText();
    }

    private static HttpResponse<String> send(URI uri, String token, String method) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<byte[]> bytes(URI uri, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String token(Stack stack, String institution, String role) {
        return stack.signingKey().mint(TokenClaims.of("evidence-" + institution, "Evidence test", institution,
                List.of(role)), Duration.ofMinutes(10));
    }
}
