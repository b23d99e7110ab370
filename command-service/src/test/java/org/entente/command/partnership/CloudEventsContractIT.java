package org.entente.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.entente.command.TestStack;
import org.entente.command.TopicRecords;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.command.partnership.LifecycleHttp.CAF;
import static org.entente.command.partnership.LifecycleHttp.CCAS;
import static org.entente.command.partnership.LifecycleHttp.LIGUE;

/**
 * Reads the topic as a reporting service in any language would, with a plain Kafka consumer and no Axon: every
 * record is a CloudEvent 1.0 with Entente's identity, and its data is valid against the event's JSON Schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CloudEventsContractIT {

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
    org.axonframework.config.Configuration axon;

    /**
     * The event store reads through the contract's upcasters: an event stored under a revision no step reads fails
     * with the step it lacks, not with a deserialization error; one of today's revision passes as stored.
     */
    @Test
    void theEventStoresUpcasterChain_readsThroughTheContractsSteps() {
        IntermediateEventRepresentation earlier = stored("0");
        IntermediateEventRepresentation today = stored("1");

        assertThatThrownBy(() -> axon.upcasterChain().upcast(Stream.of(earlier)).toList())
                .hasMessageContaining("No upcaster reads InvitationAccepted.v0");
        assertThat(axon.upcasterChain().upcast(Stream.of(today)).toList()).singleElement()
                .satisfies(read -> assertThat(read.getType().getRevision()).isEqualTo("1"));
    }

    private IntermediateEventRepresentation stored(String revision) {
        byte[] data = ("{\"partnershipId\":\"5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11\",\"institutionId\":\"caf-57\","
                + "\"acceptedAt\":\"2026-03-02T09:30:00Z\"}").getBytes(StandardCharsets.UTF_8);
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Partnership",
                "5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11", 3, "e-1", java.time.Instant.now(),
                PartnershipEvent.InvitationAccepted.class.getName(), revision, data,
                "{}".getBytes(StandardCharsets.UTF_8)), axon.eventSerializer());
    }

    @Test
    void everyRecord_isAValidCloudEvent_whoseDataMatchesItsSchema() throws Exception {
        LifecycleHttp http = new LifecycleHttp(rest, json);
        String id = http.propose();
        http.post(CAF, "/partnerships/" + id + "/acceptance", null, null);
        http.post(LIGUE, "/partnerships/" + id + "/declination", "{\"reason\":\"No staff available\"}", null);
        http.post(CCAS, "/partnerships/" + id + "/terms/1/approvals", "{}", null);
        http.post(CAF, "/partnerships/" + id + "/terms/1/approvals", "{}", null);

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.of(stack.topic(), id, 8);

        Set<String> ids = new HashSet<>();
        for (int sequence = 0; sequence < records.size(); sequence++) {
            ConsumerRecord<String, byte[]> record = records.get(sequence);
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(ids.add(header(record, "ce_id"))).as("ids are unique").isTrue();
            assertThat(URI.create(header(record, "ce_source"))).hasToString("/entente/command-service");
            assertThat(header(record, "ce_type")).matches("org\\.entente\\.partnership\\.[A-Za-z]+\\.v[0-9]+");
            assertThat(header(record, "ce_subject")).isEqualTo(id).isEqualTo(record.key());
            assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isNotNull();
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            assertThat(header(record, "ce_sequence")).isEqualTo(Integer.toString(sequence));
            // Version 2 (issue 21): who acted is the text of a salted commitment, opened through the vault.
            assertThat(header(record, "ce_envelope")).isEqualTo("2");
            assertThat(header(record, "ce_actorid")).matches("sha256:[0-9a-f]{64}");
            assertThat(header(record, "ce_actorname")).matches("sha256:[0-9a-f]{64}");
            assertThat(header(record, "ce_actorinstitution")).isIn(CCAS, CAF, LIGUE);
            assertThat(header(record, "ce_correlationid")).isNotBlank();
            assertThat(header(record, "ce_causationid")).isNotBlank();
            assertThat(record.headers().toArray()).noneMatch(h -> h.key().startsWith("axon-"));
            assertThat(extensionNames(record)).allMatch(name -> name.matches("[a-z0-9]{1,20}"));
            assertValidData(record);
        }
        assertThat(records.stream().map(r -> header(r, "ce_type")).toList()).containsExactly(
                "org.entente.partnership.PartnershipProposed.v1", "org.entente.partnership.PartnerInvited.v1",
                "org.entente.partnership.PartnerInvited.v1", "org.entente.partnership.InvitationAccepted.v1",
                "org.entente.partnership.InvitationDeclined.v1", "org.entente.partnership.TermsApproved.v1",
                "org.entente.partnership.TermsApproved.v1", "org.entente.partnership.AgreementReached.v1");
    }

    private void assertValidData(ConsumerRecord<String, byte[]> record) throws Exception {
        Class<? extends PartnershipEvent> type = EventCatalog.forCloudEventType(header(record, "ce_type"))
                .orElseThrow();
        JsonNode data = json.readTree(record.value());
        try (InputStream schema = EventCatalog.class.getResourceAsStream(EventCatalog.schemaResource(type))) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(data)).as(type.getSimpleName() + " " + data).isEmpty();
        }
    }

    private static List<String> extensionNames(ConsumerRecord<String, byte[]> record) {
        Set<String> core = Set.of("specversion", "id", "source", "type", "subject", "time", "dataschema");
        List<String> names = new ArrayList<>();
        record.headers().forEach(h -> {
            if (h.key().startsWith("ce_") && !core.contains(h.key().substring(3))) {
                names.add(h.key().substring(3));
            }
        });
        return names;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
