package org.entente.query.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.entente.events.EventCatalog;
import org.entente.events.Institution;
import org.entente.events.LegalBasis;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.PartnerInvited;
import org.entente.events.PartnershipEvent.PartnershipProposed;
import org.entente.events.PartnershipType;
import org.entente.events.Terms;
import org.entente.events.Territory;
import org.entente.query.TestStack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Publishes partnership events on the test topic in the command service's wire format. */
public final class PublishedEvents {

    private static final Map<UUID, List<ProducerRecord<String, byte[]>>> SENT = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private PublishedEvents() {
    }

    public static void publishProposal(String topic, UUID id) {
        publishProposal(topic, id, "Contrat Enfance Jeunesse Metz-Nord", PartnershipType.PROJECT, "57463", "ccas-metz");
    }

    /** A proposal with its own title, type, territory code and lead, inviting the CAF and the Ligue. */
    public static void publishProposal(String topic, UUID id, String title, PartnershipType type, String territoryCode,
                                       String leadId) {
        List<ProducerRecord<String, byte[]>> records = proposalRecords(topic, id, title, type, territoryCode, leadId);
        SENT.put(id, records);
        send(records);
    }

    /** The three records of {@link #publishProposal(String, UUID)}, not sent: for tests that send them their way. */
    public static List<ProducerRecord<String, byte[]>> proposalRecords(String topic, UUID id) {
        return proposalRecords(topic, id, "Contrat Enfance Jeunesse Metz-Nord", PartnershipType.PROJECT, "57463",
                "ccas-metz");
    }

    private static List<ProducerRecord<String, byte[]>> proposalRecords(String topic, UUID id, String title,
                                                                        PartnershipType type, String territoryCode,
                                                                        String leadId) {
        Instant now = Instant.now();
        Terms terms = terms(new BigDecimal("180000.00"));
        List<PartnershipEvent> events = List.of(
                new PartnershipProposed(id, "CEJ-57", title, "Childcare",
                        type, new LegalBasis(LegalBasis.Kind.CONTRAT_ENFANCE_JEUNESSE, "CEJ-57"),
                        new Territory(Territory.Level.MUNICIPALITY, "Metz", territoryCode),
                        new Institution(leadId, leadId, Institution.Kind.LOCAL_AUTHORITY),
                        terms, "sha256:test", now),
                new PartnerInvited(id, new Institution("caf-57", "CAF de la Moselle",
                        Institution.Kind.SOCIAL_SECURITY_FUND), PartnerRole.FUNDER, now),
                new PartnerInvited(id, new Institution("ligue-57", "Ligue de l'Enseignement 57",
                        Institution.Kind.ASSOCIATION), PartnerRole.OPERATOR, now));
        List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            records.add(cloudEvent(topic, sequence, events.get(sequence)));
        }
        return records;
    }

    /**
     * After {@link #publishProposal}: both invitees accept, the three partners approve version 1 and sign it, as
     * the events from the {@code sequence}-th on; returns the sequence of the next event (its activation).
     */
    public static long publishAgreedAndSigned(String topic, UUID id, long sequence, String leadId) {
        Instant now = Instant.now();
        List<String> partners = List.of(leadId, "caf-57", "ligue-57");
        List<PartnershipEvent> events = new java.util.ArrayList<>(List.of(
                new PartnershipEvent.InvitationAccepted(id, "caf-57", now),
                new PartnershipEvent.InvitationAccepted(id, "ligue-57", now)));
        partners.forEach(partner -> events.add(new PartnershipEvent.TermsApproved(id, 1, "sha256:test", partner, now)));
        events.add(new PartnershipEvent.AgreementReached(id, 1, "sha256:test", now));
        partners.forEach(partner -> events.add(new PartnershipEvent.AgreementSigned(id, 1, "sha256:test", partner,
                "Signatory of " + partner, "Director", now)));
        long next = sequence;
        List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>();
        for (PartnershipEvent event : events) {
            records.add(cloudEvent(topic, next++, event));
        }
        send(records);
        return next;
    }

    /** One more invitation, the {@code sequence}-th event of the partnership. */
    public static void publishInvitation(String topic, UUID id, long sequence, String institutionId) {
        send(List.of(cloudEvent(topic, sequence, new PartnerInvited(id, new Institution(institutionId, institutionId,
                Institution.Kind.LOCAL_AUTHORITY), PartnerRole.ASSOCIATE, Instant.now()))));
    }

    /** A counter-proposal: the same terms with the CAF's funding changed, as version {@code version}. */
    public static void publishCounterProposal(String topic, UUID id, long sequence, int version, BigDecimal funding) {
        Terms terms = terms(funding);
        send(List.of(cloudEvent(topic, sequence, new PartnershipEvent.TermsProposed(id, version, version - 1, terms,
                "sha256:v" + version, "The board cut the budget", "caf-57", Instant.now()))));
    }

    /** Any event of the contract, as the {@code sequence}-th of its partnership. */
    public static void publish(String topic, long sequence, PartnershipEvent event) {
        send(List.of(cloudEvent(topic, sequence, event)));
    }

    /** The records as the steps of an imported convention, each with the day it took effect. */
    public static List<ProducerRecord<String, byte[]>> dated(List<ProducerRecord<String, byte[]>> records,
                                                             String effectiveDate) {
        records.forEach(record -> header((RecordHeaders) record.headers(), "ce_effectivedate", effectiveDate));
        return records;
    }

    /** Sends the very same records again, as an at-least-once publisher may after a crash. */
    public static void republish(String topic, UUID id) {
        send(SENT.get(id));
    }

    /**
     * A record as the documented contract describes it, written by a plain producer: the query service must
     * understand any publisher that follows the contract, not only Axon.
     */
    public static ProducerRecord<String, byte[]> cloudEvent(String topic, long sequence, PartnershipEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", UUID.randomUUID().toString());
        header(headers, "ce_source", "/entente/command-service");
        header(headers, "ce_type", EventCatalog.cloudEventType(event.getClass()));
        header(headers, "ce_subject", event.partnershipId().toString());
        header(headers, "ce_time", Instant.now().toString());
        header(headers, "content-type", "application/json");
        header(headers, "ce_sequence", Long.toString(sequence));
        header(headers, "ce_actorinstitution", "ccas-metz");
        try {
            return new ProducerRecord<>(topic, null, event.partnershipId().toString(), JSON.writeValueAsBytes(event),
                    headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Terms terms(BigDecimal funding) {
        return new Terms(
                List.of(new Terms.Objective("Open 40 new places",
                        List.of(new Terms.Indicator("places", "places", BigDecimal.valueOf(120), BigDecimal.valueOf(160))))),
                List.of(new Terms.Contribution("caf-57", Terms.Contribution.Kind.FUNDING, "PSEJ", funding, null,
                        "yearly")),
                new Terms.Governance("One member per partner", "quarterly", "consensus"),
                new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                        Terms.Duration.Renewal.EXPLICIT, 90),
                new Terms.EvaluationPlan("yearly", List.of("attendance")));
    }

    public static void send(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
