package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.devstack.TestTokens;
import org.entente.ledger.Checkpoint;
import org.entente.ledger.InMemoryTree;
import org.entente.ledger.MerkleHashes;
import org.entente.ledger.NoteVerifier;
import org.entente.ledger.Proofs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;

/**
 * Issue 10, requirements 3 and 4: signed checkpoints of the log of all events, kept, published on their own topic
 * and served; the log's read API — key, checkpoints, leaves, tiles, inclusion and consistency proofs — checked by
 * an outsider with nothing but what it serves and the ledger module's RFC 9162 and C2SP verification. Issue 19,
 * requirement 4: that outsider has no account; only issuing a checkpoint and the JSON leaves need one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LedgerApiIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Test
    void checkpointsLeavesProofsAndTiles_verifyOffline_againstTheServedKey() throws Exception {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String first = http.propose();
        http.propose();
        NoteVerifier key = NoteVerifier.parse(get("/ledger/key").getBody());
        String older = post("/ledger/checkpoint").getBody();
        Checkpoint before = Checkpoint.open(older, key);
        assertThat(before.origin()).isEqualTo(key.name());
        assertThat(get("/ledger/checkpoint").getBody()).isEqualTo(older);

        http.post(CAF, "/partnerships/" + first + "/acceptance", null, null);
        Checkpoint after = Checkpoint.open(post("/ledger/checkpoint").getBody(), key);
        assertThat(after.size()).isGreaterThan(before.size());
        assertThat(get("/ledger/checkpoints?size=" + before.size()).getBody()).isEqualTo(older);

        List<byte[]> leaves = leafData(after.size());
        InMemoryTree tree = new InMemoryTree();
        leaves.forEach(data -> tree.append(MerkleHashes.leaf(data)));
        assertThat(tree.log().root(after.size())).isEqualTo(after.rootHash());
        for (long index = 0; index < after.size(); index++) {
            JsonNode proof = read(get("/ledger/proof/inclusion?index=" + index + "&size=" + after.size()));
            Proofs.verifyInclusion(index, after.size(), tree.node(0, index), hashes(proof), after.rootHash());
        }
        JsonNode consistency = read(get("/ledger/proof/consistency?from=" + before.size() + "&to=" + after.size()));
        Proofs.verifyConsistency(before.size(), after.size(), before.rootHash(), after.rootHash(), hashes(consistency));

        int width = (int) after.size();
        byte[] tile = get("/ledger/tile/0/000.p/" + width, byte[].class).getBody();
        assertThat(tile).hasSize(32 * width);
        for (int i = 0; i < width; i++) {
            assertThat(java.util.Arrays.copyOfRange(tile, 32 * i, 32 * i + 32)).isEqualTo(tree.node(0, i));
        }
        assertThat(entries(get("/ledger/tile/entries/000.p/" + width, byte[].class).getBody()))
                .containsExactlyElementsOf(leaves);

        List<ConsumerRecord<String, byte[]>> published = TopicRecords.of(stack.topic() + "-checkpoints",
                key.name(), 2);
        assertThat(published).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).contains(older);
    }

    @Test
    void badRequestsToTheLog_getAProblemWithAStableCode() {
        new LifecycleHttp(rest, json).propose();
        long size = Long.parseLong(post("/ledger/checkpoint").getBody().split("\n")[1]);
        assertProblem(get("/ledger/proof/inclusion?index=" + size + "&size=" + size), 400, "ledger.out-of-range");
        assertProblem(get("/ledger/proof/inclusion?index=0&size=" + (size + 1_000)), 400, "ledger.out-of-range");
        assertProblem(get("/ledger/proof/inclusion?size=" + size), 400, "ledger.missing-parameter");
        assertProblem(get("/ledger/proof/inclusion?index=-1&size=" + size), 400, "ledger.missing-parameter");
        assertProblem(get("/ledger/proof/consistency?from=0&to=" + size), 400, "ledger.out-of-range");
        assertProblem(get("/ledger/proof/consistency?from=" + size + "&to=1"), 400, "ledger.out-of-range");
        assertProblem(signedInGet("/ledger/leaves?from=0&count=1001"), 400, "ledger.out-of-range");
        assertProblem(signedInGet("/ledger/leaves?from=0&count=0"), 400, "ledger.out-of-range");
        assertProblem(get("/ledger/proof/inclusion?index=abc&size=1"), 400, null);
        for (String path : new String[]{"0/1", "0/x000", "01/000", "64/000", "0/000.p/0", "0/000.p/256",
                "0/x1/000", "0/000/", "entries/x01/000", "0/000.p/07"}) {
            assertProblem(get("/ledger/tile/" + path), 400, "ledger.bad-tile-path");
        }
        assertProblem(get("/ledger/tile/0/000"), 404, "ledger.no-tile");
        assertProblem(get("/ledger/tile/0/x001/000.p/1"), 404, "ledger.no-tile");
        assertProblem(get("/ledger/checkpoints?size=987654"), 404, "ledger.no-checkpoint");
    }

    @Test
    void issuingACheckpointAndListingLeaves_needAnAccount_readingTheLogDoesNot() {
        new LifecycleHttp(rest, json).propose();
        assertProblem(rest.postForEntity("/ledger/checkpoint", null, String.class), 401, null);
        assertProblem(rest.getForEntity("/ledger/leaves?from=0&count=1", String.class), 401, null);
        long size = Long.parseLong(post("/ledger/checkpoint").getBody().split("\n")[1]);
        for (String path : List.of("/ledger/key", "/ledger/checkpoint", "/ledger/checkpoints?size=" + size,
                "/ledger/tile/0/000.p/" + size, "/ledger/tile/entries/000.p/" + size,
                "/ledger/proof/inclusion?index=0&size=" + size, "/ledger/proof/consistency?from=1&to=" + size)) {
            ResponseEntity<String> anonymous = get(path);
            assertThat(anonymous.getStatusCode().value()).as(path + ": " + anonymous.getBody()).isEqualTo(200);
        }
        HttpHeaders forged = new HttpHeaders();
        forged.setBearerAuth("not-a-token");
        assertProblem(rest.exchange("/ledger/key", HttpMethod.GET, new HttpEntity<>(forged), String.class), 401,
                null);
    }

    private void assertProblem(ResponseEntity<String> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        if (code != null) {
            assertThat(read(response).path("code").asText()).isEqualTo(code);
        }
        assertThat(response.getBody()).doesNotContain("Exception", "\tat ");
    }

    private List<byte[]> leafData(long size) {
        List<byte[]> data = new ArrayList<>();
        read(signedInGet("/ledger/leaves?from=0&count=" + size)).get("leaves").forEach(leaf -> {
            assertThat(leaf.get("index").asLong()).isEqualTo(data.size());
            data.add(Base64.getDecoder().decode(leaf.get("data").asText()));
        });
        assertThat(data).hasSize((int) size);
        return data;
    }

    private static List<byte[]> entries(byte[] bundle) {
        List<byte[]> entries = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(bundle);
        while (buffer.hasRemaining()) {
            byte[] entry = new byte[Short.toUnsignedInt(buffer.getShort())];
            buffer.get(entry);
            entries.add(entry);
        }
        return entries;
    }

    private static List<byte[]> hashes(JsonNode proof) {
        List<byte[]> hashes = new ArrayList<>();
        proof.get("hashes").forEach(hash -> hashes.add(Base64.getDecoder().decode(hash.asText())));
        return hashes;
    }

    private JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError(response.getBody(), e);
        }
    }

    private ResponseEntity<String> get(String path) {
        return get(path, String.class);
    }

    /** The log's public reads, as a witness or a monitor without an account makes them. */
    private <T> ResponseEntity<T> get(String path, Class<T> type) {
        return rest.getForEntity(path, type);
    }

    private ResponseEntity<String> signedInGet(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(signedIn()), String.class);
    }

    private ResponseEntity<String> post(String path) {
        ResponseEntity<String> response = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(signedIn()),
                String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return response;
    }

    /** Any signed-in caller issues checkpoints and lists leaves: here, a reporter of an institution without any. */
    private static HttpHeaders signedIn() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestTokens.token("observatoire-57", "reporter"));
        return headers;
    }
}
