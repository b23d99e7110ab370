package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.ledger.Checkpoint;
import org.entente.ledger.NoteVerifier;
import org.entente.ledger.Proofs;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the log serves about its tree at one size, as served, byte for byte: the checkpoint of that size, its
 * leaves, the inclusion proof of every leaf, the consistency proof from the first leaf, and the level-0 tile and
 * entry bundle. Two snapshots of the same size are equal when the log kept its word.
 */
record LogSnapshot(long size, String checkpoint, String leaves, List<String> inclusions, String consistency,
                   String tile, String entries) {

    /** Who asks the service's log API: an auditor's reads, and a checkpoint issued on demand. */
    interface Served {
        ResponseEntity<String> get(String path);

        ResponseEntity<byte[]> getBytes(String path);

        ResponseEntity<String> post(String path);
    }

    /** A checkpoint of everything committed now, and the log at its size. */
    static LogSnapshot take(Served client) {
        String note = client.post("/ledger/checkpoint").getBody();
        return at(client, Long.parseLong(note.split("\n")[1]));
    }

    static LogSnapshot at(Served client, long size) {
        assertThat(size).isBetween(1L, 255_999L);
        List<String> inclusions = new ArrayList<>();
        for (long index = 0; index < size; index++) {
            inclusions.add(served(client, "/ledger/proof/inclusion?index=" + index + "&size=" + size));
        }
        StringBuilder leaves = new StringBuilder();
        for (long from = 0; from < size; from += 1000) {
            leaves.append(served(client, "/ledger/leaves?from=" + from + "&count=" + Math.min(1000, size - from)));
        }
        StringBuilder tiles = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        for (long tile = 0; tile * 256 < size; tile++) {
            // C2SP tlog-tiles: every full tile of level 0, then the partial one of the tree's last leaves.
            String path = String.format("%03d", tile) + (size - tile * 256 >= 256 ? "" : ".p/" + (size - tile * 256));
            tiles.append(bytes(client, "/ledger/tile/0/" + path)).append('\n');
            entries.append(bytes(client, "/ledger/tile/entries/" + path)).append('\n');
        }
        return new LogSnapshot(size, served(client, "/ledger/checkpoints?size=" + size), leaves.toString(),
                List.copyOf(inclusions), size < 2 ? "" : served(client, "/ledger/proof/consistency?from=1&to=" + size),
                tiles.toString(), entries.toString());
    }

    /**
     * The log grew from {@code older} to this snapshot as a log must: both checkpoints open under the log's key, and
     * the consistency proof it serves between them verifies.
     */
    void verifyGrownFrom(LogSnapshot older, Served client) throws Exception {
        NoteVerifier key = NoteVerifier.parse(client.get("/ledger/key").getBody());
        Checkpoint from = Checkpoint.open(older.checkpoint(), key);
        Checkpoint to = Checkpoint.open(checkpoint, key);
        List<byte[]> hashes = new ArrayList<>();
        new ObjectMapper().readTree(client.get("/ledger/proof/consistency?from=" + from.size() + "&to=" + to.size())
                .getBody()).get("hashes").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asText())));
        Proofs.verifyConsistency(from.size(), to.size(), from.rootHash(), to.rootHash(), hashes);
    }

    private static String served(Served client, String path) {
        ResponseEntity<String> answer = client.get(path);
        assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    private static String bytes(Served client, String path) {
        ResponseEntity<byte[]> answer = client.getBytes(path);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return Base64.getEncoder().encodeToString(answer.getBody());
    }
}
