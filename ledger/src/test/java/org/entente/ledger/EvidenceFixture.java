package org.entente.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evidence packages laid out as query-service writes them (events.jsonl, proofs.json, checkpoint.txt, key.txt,
 * consistency.json): a partnership's history with leaves of other partnerships interleaved in the log.
 */
final class EvidenceFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    final NoteSigner signer = NoteSigner.generate("entente.test/ledger");
    final InMemoryTree tree = new InMemoryTree();
    final List<Chain.Link> history;
    final long[] indexes;
    final Checkpoint older;

    /** The history's events in the log, each after {@code othersBefore} leaves of other partnerships. */
    EvidenceFixture(List<Chain.Link> history, int othersBefore) {
        this.history = history;
        this.indexes = new long[history.size()];
        Checkpoint before = null;
        for (int n = 0; n < history.size(); n++) {
            for (int other = 0; other < othersBefore; other++) {
                tree.append(MerkleHashes.leaf(("other " + n + "/" + other).getBytes(StandardCharsets.UTF_8)));
            }
            if (n == history.size() / 2) {
                before = checkpoint(tree.size());
            }
            indexes[n] = tree.append(Chain.leafHash(history.get(n).envelope(), history.get(n).chainHash()));
        }
        this.older = before;
    }

    Checkpoint checkpoint(long size) {
        return new Checkpoint(signer.verifier().name(), size, tree.log().root(size));
    }

    String olderNote() {
        return older == null ? null : SignedNote.sign(older.text(), signer);
    }

    Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long size = tree.size();
        entries.put("events.jsonl", bytes(lines()));
        entries.put("proofs.json", bytes(proofs(size)));
        entries.put("checkpoint.txt", bytes(SignedNote.sign(checkpoint(size).text(), signer)));
        entries.put("key.txt", bytes(signer.verifier().text() + "\n"));
        if (older != null && older.size() > 0) {
            ObjectNode consistency = JSON.createObjectNode().put("from", older.size()).put("to", size);
            consistency.set("hashes", base64(tree.log().consistencyProof(older.size(), size)));
            entries.put("consistency.json", bytes(pretty(consistency)));
        }
        return entries;
    }

    String head() {
        return Hex.of(history.get(history.size() - 1).chainHash());
    }

    private String lines() {
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < history.size(); n++) {
            Envelope e = history.get(n).envelope();
            ObjectNode event = JSON.createObjectNode().put("specversion", "1.0").put("id", e.eventId())
                    .put("source", "/entente/command-service").put("type", e.type()).put("subject", e.partnershipId())
                    .put("time", e.time()).put("datacontenttype", "application/json")
                    .put("sequence", Long.toString(e.sequence())).put("actorid", e.actorId())
                    .put("actorname", e.actorName()).put("actorinstitution", e.actorInstitution())
                    .put("correlationid", e.correlationId()).put("causationid", e.causationId())
                    .put("chainhash", Hex.of(history.get(n).chainHash())).put("ledgerindex", Long.toString(indexes[n]));
            if (e.version() == Envelope.V2) {
                event.put("envelope", "2");
            }
            String text = compact(event);
            lines.append(text, 0, text.length() - 1).append(",\"data\":").append(e.dataJson()).append("}\n");
        }
        return lines.toString();
    }

    private String proofs(long size) {
        ObjectNode proofs = JSON.createObjectNode().put("treeSize", size);
        ArrayNode list = proofs.putArray("proofs");
        for (long index : indexes) {
            list.addObject().put("ledgerIndex", index).set("hashes", base64(tree.log().inclusionProof(index, size)));
        }
        return pretty(proofs);
    }

    private static ArrayNode base64(List<byte[]> hashes) {
        ArrayNode array = JSON.createArrayNode();
        hashes.forEach(hash -> array.add(Base64.getEncoder().encodeToString(hash)));
        return array;
    }

    private static String compact(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pretty(Object node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
