package org.entente.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an evidence package entirely offline, in this order, and fails at the first thing that does not hold,
 * naming it: the checkpoint's signature with the trusted key; the partnership's chain, event by event (and its
 * head, when the auditor knows it); each event's leaf in the checkpoint's tree by its inclusion proof; and, when
 * the auditor kept an older checkpoint, that its tree is a prefix of this one; last, the personal values the
 * package opens, each against its commitment ({@link EvidenceDisclosures}).
 */
public final class EvidenceVerifier {

    /** What was verified; {@code disclosed} is null when the package opens no personal value. */
    public record Report(Checkpoint checkpoint, NoteVerifier key, int events, Checkpoint older, Disclosed disclosed) {
    }

    /**
     * The personal values the package opened, each checked against its commitment, and the personal fields it
     * could not open (erased, or not the requester's to read), each as "event n (Type) field".
     */
    public record Disclosed(int opened, List<String> unopened) {
    }

    private EvidenceVerifier() {
    }

    /**
     * @param entries the package's files by name
     * @param trusted the key the auditor trusts; null to take the package's own {@code key.txt} (which then proves
     *                only that the package is whole, not who signed it)
     * @param olderNote an older checkpoint the auditor kept, or null
     * @param head the partnership's head chain hash as its parties see it (lower-case hex), or null
     */
    public static Report verify(Map<String, byte[]> entries, NoteVerifier trusted, String olderNote, String head)
            throws LedgerCheckFailed {
        NoteVerifier key = trusted != null ? trusted : NoteVerifier.parse(text(entries, "key.txt"));
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.open(text(entries, "checkpoint.txt"), key);
        } catch (LedgerCheckFailed e) {
            throw new LedgerCheckFailed("checkpoint.txt: " + e.getMessage());
        }
        List<EvidenceEvents.Event> events = EvidenceEvents.read(text(entries, "events.jsonl"));
        List<Chain.Link> links = events.stream().map(e -> new Chain.Link(e.envelope(), e.chainHash())).toList();
        if (head != null) {
            Chain.verify(links, links.size(), Hex.parse(head));
        } else {
            Chain.verify(links);
        }
        verifyInclusion(events, proofs(entries), checkpoint);
        Checkpoint older = olderNote == null ? null : verifyOlder(entries, olderNote, key, checkpoint);
        return new Report(checkpoint, key, events.size(), older,
                EvidenceDisclosures.verify(entries.get("disclosures.json"), events));
    }

    private static void verifyInclusion(List<EvidenceEvents.Event> events, JsonNode proofs, Checkpoint checkpoint)
            throws LedgerCheckFailed {
        if (proofs.path("treeSize").asLong(-1) != checkpoint.size()) {
            throw new LedgerCheckFailed("proofs.json is for a tree of " + proofs.path("treeSize") + " leaves; the "
                    + "checkpoint is of " + checkpoint.size());
        }
        JsonNode list = proofs.path("proofs");
        if (!list.isArray() || list.size() != events.size()) {
            throw new LedgerCheckFailed("proofs.json holds " + list.size() + " proofs for " + events.size()
                    + " events");
        }
        Set<Long> indexes = new HashSet<>();
        for (int n = 0; n < events.size(); n++) {
            EvidenceEvents.Event event = events.get(n);
            JsonNode proof = list.get(n);
            if (proof.path("ledgerIndex").asLong(-1) != event.ledgerIndex() || !indexes.add(event.ledgerIndex())) {
                throw new LedgerCheckFailed("event " + n + " (" + event.envelope().eventId() + "): its proof is for "
                        + "leaf " + proof.path("ledgerIndex") + ", it claims leaf " + event.ledgerIndex());
            }
            try {
                Proofs.verifyInclusion(event.ledgerIndex(), checkpoint.size(),
                        Chain.leafHash(event.envelope(), event.chainHash()), hashes(proof), checkpoint.rootHash());
            } catch (LedgerCheckFailed e) {
                throw new LedgerCheckFailed("event " + n + " (" + event.envelope().eventId() + "): " + e.getMessage());
            }
        }
    }

    private static Checkpoint verifyOlder(Map<String, byte[]> entries, String olderNote, NoteVerifier key,
                                          Checkpoint checkpoint) throws LedgerCheckFailed {
        Checkpoint older;
        try {
            older = Checkpoint.open(olderNote, key);
        } catch (LedgerCheckFailed e) {
            throw new LedgerCheckFailed("the older checkpoint: " + e.getMessage());
        }
        if (older.size() > checkpoint.size()) {
            throw new LedgerCheckFailed("the older checkpoint (" + older.size() + " leaves) is larger than the "
                    + "package's (" + checkpoint.size() + "): ask for a newer package");
        }
        if (older.size() == checkpoint.size()) {
            if (!MessageDigest.isEqual(older.rootHash(), checkpoint.rootHash())) {
                throw new LedgerCheckFailed("two different roots were signed for " + older.size() + " leaves: a fork");
            }
            return older;
        }
        if (older.size() == 0) {
            // Every log extends the empty one, whose root is the hash of nothing.
            if (!MessageDigest.isEqual(older.rootHash(), MerkleHashes.EMPTY_ROOT)) {
                throw new LedgerCheckFailed("the older checkpoint claims an empty tree with another root than its");
            }
            return older;
        }
        if (!entries.containsKey("consistency.json")) {
            throw new LedgerCheckFailed("the package holds no consistency proof: ask for it with ?since="
                    + older.size());
        }
        JsonNode consistency = json(entries, "consistency.json");
        if (consistency.path("from").asLong(-1) != older.size() || consistency.path("to").asLong(-1)
                != checkpoint.size()) {
            throw new LedgerCheckFailed("consistency.json goes from " + consistency.path("from") + " to "
                    + consistency.path("to") + ", not from " + older.size() + " to " + checkpoint.size());
        }
        Proofs.verifyConsistency(older.size(), checkpoint.size(), older.rootHash(), checkpoint.rootHash(),
                hashes(consistency));
        return older;
    }

    private static JsonNode proofs(Map<String, byte[]> entries) throws LedgerCheckFailed {
        return json(entries, "proofs.json");
    }

    private static List<byte[]> hashes(JsonNode proof) throws LedgerCheckFailed {
        JsonNode hashes = proof.path("hashes");
        if (!hashes.isArray()) {
            throw new LedgerCheckFailed("a proof has no list of hashes");
        }
        List<byte[]> decoded = new ArrayList<>();
        for (JsonNode hash : hashes) {
            decoded.add(Base64Strict.decode(hash.asText(), "a proof's hash"));
        }
        return decoded;
    }

    private static JsonNode json(Map<String, byte[]> entries, String name) throws LedgerCheckFailed {
        try {
            return EvidenceEvents.JSON.readTree(text(entries, name));
        } catch (JsonProcessingException e) {
            throw new LedgerCheckFailed(name + " is not JSON");
        }
    }

    private static String text(Map<String, byte[]> entries, String name) throws LedgerCheckFailed {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new LedgerCheckFailed("the package holds no " + name);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new LedgerCheckFailed(name + " is not UTF-8");
        }
    }
}
