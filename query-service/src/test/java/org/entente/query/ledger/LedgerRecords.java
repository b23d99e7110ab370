package org.entente.query.ledger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.ledger.Chain;
import org.entente.ledger.Checkpoint;
import org.entente.ledger.Envelope;
import org.entente.ledger.Hex;
import org.entente.ledger.InMemoryTree;
import org.entente.ledger.NoteSigner;
import org.entente.ledger.SignedNote;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as command-service publishes them since the ledger exists: each with the actor's name, its chain hash
 * and its leaf index, computed with the ledger module as the write side does; and checkpoints of them, signed.
 */
final class LedgerRecords {

    final NoteSigner signer = NoteSigner.generate("entente.test/ledger");
    final InMemoryTree tree = new InMemoryTree();
    private final Map<String, byte[]> heads = new HashMap<>();
    private final String checkpointTopic;

    LedgerRecords(String checkpointTopic) {
        this.checkpointTopic = checkpointTopic;
    }

    /** Gives each record its place in the ledger, in order, and sends them. */
    List<ProducerRecord<String, byte[]>> publish(List<ProducerRecord<String, byte[]>> records) {
        records.forEach(this::chain);
        PublishedEvents.send(records);
        return records;
    }

    private void chain(ProducerRecord<String, byte[]> record) {
        record.headers().add("ce_actorname", "Claire Martin".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_actorid", "claire-martin".getBytes(StandardCharsets.UTF_8));
        String type = header(record, "ce_type");
        Envelope envelope = new Envelope(header(record, "ce_id"), type, Envelope.revisionOf(type),
                header(record, "ce_subject"), Long.parseLong(header(record, "ce_sequence")), header(record, "ce_time"),
                header(record, "ce_actorid"), header(record, "ce_actorname"), header(record, "ce_actorinstitution"),
                header(record, "ce_correlationid"), header(record, "ce_causationid"),
                new String(record.value(), StandardCharsets.UTF_8), header(record, "ce_effectivedate"));
        byte[] chainHash = Chain.next(heads.getOrDefault(envelope.partnershipId(), Chain.GENESIS), envelope);
        heads.put(envelope.partnershipId(), chainHash);
        long index = tree.append(Chain.leafHash(envelope, chainHash));
        record.headers().add("ce_chainhash", Hex.of(chainHash).getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_ledgerindex", Long.toString(index).getBytes(StandardCharsets.UTF_8));
    }

    /** The honest checkpoint of everything published so far, signed. */
    String checkpoint() {
        return sign(new Checkpoint(signer.verifier().name(), tree.size(), tree.log().root(tree.size())), signer);
    }

    static String sign(Checkpoint checkpoint, NoteSigner by) {
        return SignedNote.sign(checkpoint.text(), by);
    }

    void publishCheckpoint(String note) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.bootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(checkpointTopic, signer.verifier().name(), note));
        }
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
