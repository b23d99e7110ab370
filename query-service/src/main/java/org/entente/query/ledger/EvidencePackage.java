package org.entente.query.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.ledger.Envelope;
import org.entente.ledger.Checkpoint;
import org.entente.ledger.InMemoryTree;
import org.entente.query.audit.LoggedEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One file an auditor checks offline (docs/ledger.md): the partnership's events as CloudEvents JSON Lines with
 * their chain hashes and leaf indexes and their data exactly as published; an inclusion proof of each in one
 * signed checkpoint; that checkpoint; the verifier key; the personal values opened for the requester
 * ({@link EvidenceDisclosureFile}); optionally a consistency proof from an older checkpoint the auditor kept; a
 * manifest; and a README saying how to check it all by hand.
 */
final class EvidencePackage {

    private final ObjectMapper json;

    EvidencePackage(ObjectMapper json) {
        this.json = json;
    }

    byte[] build(List<LoggedEvent> events, VerifiedCheckpoints.Verified checkpoint, String verifierKey,
                 InMemoryTree tree, Long since, String disclosures) {
        Checkpoint head = checkpoint.checkpoint();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "README.md", readme());
            entry(zip, "events.jsonl", lines(events));
            entry(zip, "proofs.json", proofs(events, head, tree));
            entry(zip, "checkpoint.txt", checkpoint.note());
            entry(zip, "key.txt", verifierKey.strip() + "\n");
            entry(zip, "disclosures.json", disclosures);
            if (since != null) {
                entry(zip, "consistency.json", write(json.createObjectNode().put("from", since).put("to", head.size())
                        .set("hashes", json.valueToTree(base64(tree.log().consistencyProof(since, head.size()))))));
            }
            LoggedEvent last = events.get(events.size() - 1);
            entry(zip, "manifest.json", write(json.createObjectNode().put("format", "entente-evidence/1")
                    .put("partnershipId", last.partnershipId().toString()).put("events", events.size())
                    .put("headChainHash", last.ledger().chainHash()).put("treeSize", head.size())
                    .put("issuedAt", Instant.now().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String lines(List<LoggedEvent> events) {
        StringBuilder lines = new StringBuilder();
        for (LoggedEvent event : events) {
            ObjectNode attributes = json.createObjectNode().put("specversion", "1.0").put("id", event.eventId())
                    .put("source", "/entente/command-service").put("type", event.type())
                    .put("subject", event.partnershipId().toString()).put("time", event.ledger().publishedTime())
                    .put("datacontenttype", "application/json").put("sequence", Long.toString(event.sequence()))
                    .put("actorid", event.actorId()).put("actorname", event.ledger().actorName())
                    .put("actorinstitution", event.actorInstitution()).put("correlationid", event.correlationId())
                    .put("causationid", event.causationId()).put("chainhash", event.ledger().chainHash())
                    .put("ledgerindex", Long.toString(event.ledger().ledgerIndex()));
            if (event.effectiveDate() != null) {
                attributes.put("effectivedate", event.effectiveDate().toString());
            }
            if (event.ledger().envelope() != Envelope.V1) {
                attributes.put("envelope", Integer.toString(event.ledger().envelope()));
            }
            String text = compact(attributes);
            // The data exactly as published, byte for byte: the chain hashes its canonical form.
            lines.append(text, 0, text.length() - 1).append(",\"data\":").append(event.ledger().publishedData())
                    .append("}\n");
        }
        return lines.toString();
    }

    private String proofs(List<LoggedEvent> events, Checkpoint head, InMemoryTree tree) {
        ObjectNode proofs = json.createObjectNode().put("treeSize", head.size());
        var list = proofs.putArray("proofs");
        for (LoggedEvent event : events) {
            long index = event.ledger().ledgerIndex();
            list.addObject().put("ledgerIndex", index).set("hashes", json.valueToTree(
                    base64(tree.log().inclusionProof(index, head.size()))));
        }
        return write(proofs);
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private String compact(Object node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object node) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readme() throws IOException {
        try (InputStream in = EvidencePackage.class.getResourceAsStream("/evidence-README.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
