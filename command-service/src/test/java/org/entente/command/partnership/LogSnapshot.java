package org.entente.command.partnership;

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

    /** A checkpoint of everything committed now, and the log at its size. */
    static LogSnapshot take(ErasureIT client) {
        String note = client.post("/ledger/checkpoint").getBody();
        return at(client, Long.parseLong(note.split("\n")[1]));
    }

    static LogSnapshot at(ErasureIT client, long size) {
        // One partial tile holds the whole tree: each test class has a log of its own.
        assertThat(size).isBetween(2L, 255L);
        List<String> inclusions = new ArrayList<>();
        for (long index = 0; index < size; index++) {
            inclusions.add(served(client, "/ledger/proof/inclusion?index=" + index + "&size=" + size));
        }
        return new LogSnapshot(size, served(client, "/ledger/checkpoints?size=" + size),
                served(client, "/ledger/leaves?from=0&count=" + size), List.copyOf(inclusions),
                served(client, "/ledger/proof/consistency?from=1&to=" + size),
                bytes(client, "/ledger/tile/0/000.p/" + size), bytes(client, "/ledger/tile/entries/000.p/" + size));
    }

    private static String served(ErasureIT client, String path) {
        var answer = client.get(path);
        assertThat(answer.getStatusCode().value()).as(path + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    private static String bytes(ErasureIT client, String path) {
        var answer = client.getBytes(path);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return Base64.getEncoder().encodeToString(answer.getBody());
    }
}
