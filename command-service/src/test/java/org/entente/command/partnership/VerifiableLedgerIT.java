package org.entente.command.partnership;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.entente.command.PublisherPosition;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.ledger.Chain;
import org.entente.ledger.Envelope;
import org.entente.ledger.Hex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Issue 10, requirements 1 and 2 on the write side: every stored event carries its chain hash and its leaf index,
 * given in the transaction that stored it; a subscriber with nothing but the topic recomputes each partnership's
 * chain from the published CloudEvents (RFC 8785 envelope, docs/ledger.md) and finds the hashes published; the
 * leaves are those of the published envelopes, their indexes gap-free across partnerships, a refused command
 * takes no index, and a record published again carries the same index and chain hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "entente.publishing.recent-depth=1")
class VerifiableLedgerIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;

    @Test
    void aSubscriber_recomputesEachPartnershipsChain_fromThePublishedRecordsAlone() throws Exception {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String first = http.propose();
        String second = http.propose();
        http.post(CAF, "/partnerships/" + first + "/acceptance", null, null);
        http.post(LIGUE, "/partnerships/" + first + "/declination", "{\"reason\":\"Pas d'équipe disponible\"}", null);
        http.post(CAF, "/partnerships/" + second + "/acceptance", null, null);
        // Refused (a stale version): it stores nothing and takes no leaf index.
        assertThat(http.post(CCAS, "/partnerships/" + first + "/terms/1/approvals", "{}", "\"1\"").getStatusCode()
                .value()).isEqualTo(412);

        for (String id : List.of(first, second)) {
            List<Chain.Link> links = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : TopicRecords.of(stack.topic(), id, id.equals(first) ? 4 : 3)) {
                Envelope envelope = envelope(record);
                byte[] chainHash = Hex.parse(header(record, "ce_chainhash"));
                links.add(new Chain.Link(envelope, chainHash));
                Map<String, Object> leaf = jdbc.queryForMap("SELECT ledger_index, leaf_data FROM ledger_leaf WHERE "
                        + "event_identifier = ?", envelope.eventId());
                assertThat(leaf.get("ledger_index").toString()).isEqualTo(header(record, "ce_ledgerindex"));
                assertThat((byte[]) leaf.get("leaf_data")).isEqualTo(Chain.leafData(envelope, chainHash));
            }
            Chain.verify(links);
        }
        Long leaves = jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
        assertThat(jdbc.queryForObject("SELECT size FROM ledger_head", Long.class)).isEqualTo(leaves);
        assertThat(jdbc.queryForObject("SELECT max(ledger_index) + 1 FROM ledger_leaf", Long.class)).isEqualTo(leaves);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(leaves);
    }

    /**
     * A record published again (its position lost, as in a crash after the broker's ack, before the position was
     * stored) carries the same leaf index and chain hash, read from the stored event. Here the publisher reads
     * back one record per partition only ({@code entente.publishing.recent-depth=1}), so the partnership's last
     * record is known to be on the topic and is not sent again, while the two before it are.
     */
    @Test
    void aRecordPublishedAgain_carriesTheSameLeafIndexAndChainHash() {
        String id = new LifecycleHttp(rest, json).propose();
        List<ConsumerRecord<String, byte[]>> first = TopicRecords.of(stack.topic(), id, 3);
        PublisherPosition.lose(processing, tokens);

        List<ConsumerRecord<String, byte[]>> all = TopicRecords.of(stack.topic(), id, 5);
        for (ConsumerRecord<String, byte[]> original : first) {
            List<ConsumerRecord<String, byte[]>> copies = all.stream()
                    .filter(r -> header(r, "ce_id").equals(header(original, "ce_id"))).toList();
            assertThat(copies).hasSize(original == first.get(2) ? 1 : 2);
            assertThat(copies).extracting(r -> header(r, "ce_ledgerindex")).containsOnly(
                    header(original, "ce_ledgerindex"));
            assertThat(copies).extracting(r -> header(r, "ce_chainhash")).containsOnly(
                    header(original, "ce_chainhash"));
        }
    }

    /** An imported step's effective date is published and committed in its leaf, like every other attribute. */
    @Test
    void anImportedStep_isPublished_andCommitted_withTheDayItTookEffect() throws Exception {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String body = Proposals.enfanceJeunesse(CCAS, CAF, LIGUE).replaceFirst("\\{",
                "{\"effectiveDate\":\"2024-06-03\",");
        String id = http.read(http.post(CCAS, "/partnerships", body, null)).get("partnershipId").asText();
        http.post(CAF, "/partnerships/" + id + "/acceptance", "{\"effectiveDate\":\"2024-06-10\"}", null);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of(stack.topic(), id, 4);
        assertThat(records).extracting(r -> header(r, "ce_effectivedate"))
                .containsExactly("2024-06-03", "2024-06-03", "2024-06-03", "2024-06-10");
        for (ConsumerRecord<String, byte[]> record : records) {
            Envelope envelope = envelope(record);
            byte[] leaf = jdbc.queryForObject("SELECT leaf_data FROM ledger_leaf WHERE event_identifier = ?",
                    byte[].class, envelope.eventId());
            byte[] chainHash = Hex.parse(header(record, "ce_chainhash"));
            assertThat(leaf).isEqualTo(Chain.leafData(envelope, chainHash))
                    .isNotEqualTo(Chain.leafData(withoutEffectiveDate(envelope), chainHash));
        }
    }

    private static Envelope withoutEffectiveDate(Envelope envelope) {
        return new Envelope(envelope.eventId(), envelope.type(), envelope.revision(), envelope.partnershipId(),
                envelope.sequence(), envelope.time(), envelope.actorId(), envelope.actorName(),
                envelope.actorInstitution(), envelope.correlationId(), envelope.causationId(), envelope.dataJson(),
                null, envelope.version());
    }

    @Test
    void aStoredLeaf_cannotBeChanged() {
        new LifecycleHttp(rest, json).propose();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "UPDATE ledger_leaf SET chain_hash = '\\x00' WHERE ledger_index = 0"))
                .hasMessageContaining("append-only");
    }

    /** The envelope as docs/ledger.md builds it from a CloudEvent's attributes and data. */
    static Envelope envelope(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        return new Envelope(header(record, "ce_id"), type, Envelope.revisionOf(type),
                header(record, "ce_subject"), Long.parseLong(header(record, "ce_sequence")), header(record, "ce_time"),
                header(record, "ce_actorid"), header(record, "ce_actorname"), header(record, "ce_actorinstitution"),
                header(record, "ce_correlationid"), header(record, "ce_causationid"),
                new String(record.value(), StandardCharsets.UTF_8), header(record, "ce_effectivedate"),
                Envelope.versionOf(header(record, "ce_envelope")));
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
