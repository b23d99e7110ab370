package org.entente.query.intake;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.entente.events.Institution;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.query.TestStack;
import org.entente.query.portfolio.PublishedEvents;
import org.entente.query.readmodel.Tables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, requirement 4: a batch taken in set-based ends exactly as the same records taken in one by one — the
 * same events logged once each, the same states, the same records parked with the same causes, in two fresh
 * generations of the read-model tables compared row by row.
 */
@SpringBootTest
class BatchIntakeIT {

    private static final AtomicLong GENERATIONS = new AtomicLong(System.nanoTime() % 1_000_000);

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    BatchIntake batch;
    @Autowired
    Intake oneByOne;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void duplicatesAPoisonRecordAndTheOneWaitingBehindIt_endAsRecordByRecord() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(PublishedEvents.proposalRecords("t", a));
        List<ProducerRecord<String, byte[]>> ofB = PublishedEvents.proposalRecords("t", b);
        records.add(1, ofB.get(0));
        records.addAll(ofB.subList(1, 3));
        records.add(withHeader(PublishedEvents.cloudEvent("t", 3, invitation(a)), "ce_type",
                "org.entente.partnership.PartnerInvited.v2"));
        records.add(PublishedEvents.cloudEvent("t", 4, invitation(a)));
        records.add(ofB.get(1));

        Tables together = takenTogetherAndOneByOne(received(records));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + together.events(), Long.class)).isEqualTo(6);
        assertThat(jdbc.queryForList("SELECT cause FROM " + together.parked() + " ORDER BY sequence", String.class))
                .containsExactly("FAILED", "WAITING");
    }

    @Test
    void aBatchWhoseDataBreaksAStatement_goesRecordByRecord_andParksOnlyWhatBreaks() {
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(PublishedEvents.proposalRecords("t", c));
        // Another event claiming sequence 1 of c: the log's unique (partnership, sequence) refuses it.
        records.add(2, PublishedEvents.cloudEvent("t", 1, invitation(c)));
        records.addAll(PublishedEvents.proposalRecords("t", d));

        Tables together = takenTogetherAndOneByOne(received(records));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + together.events(), Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForList("SELECT cause FROM " + together.parked() + " ORDER BY sequence", String.class))
                .containsExactly("FAILED", "WAITING");
        assertThat(jdbc.queryForObject("SELECT last_sequence FROM " + together.partnerships() + " WHERE id = ?",
                Long.class, d)).isEqualTo(2);
    }

    /** Takes the records in both ways into two new generations, checks they hold the same, answers the first. */
    private Tables takenTogetherAndOneByOne(List<ReceivedRecord> records) {
        Tables together = generation();
        Tables single = generation();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> batch.receiveAll(together, records));
        transaction.executeWithoutResult(status -> records.forEach(record -> oneByOne.receive(single, record)));
        assertThat(content(together)).isEqualTo(content(single));
        return together;
    }

    private Tables generation() {
        Tables generation = Tables.rebuiltBy(GENERATIONS.incrementAndGet());
        for (int i = 0; i < Tables.LIVE.all().size(); i++) {
            jdbc.execute("CREATE TABLE " + generation.all().get(i) + " (LIKE " + Tables.LIVE.all().get(i)
                    + " INCLUDING ALL)");
        }
        return generation;
    }

    /** Every row that matters of a generation, its own table names taken out of the errors. */
    private List<String> content(Tables tables) {
        return Stream.of(
                "SELECT event_id || ' ' || partnership_id || ' ' || sequence || ' ' || type FROM " + tables.events(),
                "SELECT event_id || ' ' || cause || ' ' || coalesce(sequence, -1) || ' ' || error FROM "
                        + tables.parked(),
                "SELECT id || ' ' || status || ' ' || last_sequence || ' ' || state::text FROM "
                        + tables.partnerships(),
                "SELECT partnership_id || ' ' || institution_id || ' ' || status FROM " + tables.partners())
                .flatMap(sql -> jdbc.queryForList(sql + " ORDER BY 1", String.class).stream())
                .map(row -> row.replace(tables.suffix(), "").replaceAll("Waits behind parked event [0-9]+",
                        "Waits behind parked event N"))
                .toList();
    }

    private static List<ReceivedRecord> received(List<ProducerRecord<String, byte[]>> records) {
        List<ReceivedRecord> received = new ArrayList<>();
        for (int offset = 0; offset < records.size(); offset++) {
            ProducerRecord<String, byte[]> record = records.get(offset);
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
            received.add(new ReceivedRecord(record.topic(), 0, offset, record.key(), headers, record.value()));
        }
        return received;
    }

    private static PartnershipEvent invitation(UUID id) {
        return new PartnershipEvent.PartnerInvited(id, new Institution("ville-de-metz", "Ville de Metz",
                Institution.Kind.LOCAL_AUTHORITY), PartnerRole.ASSOCIATE, Instant.now());
    }

    private static ProducerRecord<String, byte[]> withHeader(ProducerRecord<String, byte[]> record, String name,
                                                             String value) {
        record.headers().remove(name).add(name, value.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
