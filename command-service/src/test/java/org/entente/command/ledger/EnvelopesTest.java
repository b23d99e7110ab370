package org.entente.command.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.entente.events.PartnershipEvent.EvaluationOverdue;
import org.entente.ledger.Envelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaf hashes what a verifier reading the topic sees. The topic leaves an empty attribute out (the passage of
 * time has no institution): the envelope has none either, or every such leaf would fail verification.
 */
class EnvelopesTest {

    private final Envelopes envelopes = new Envelopes(new ObjectMapper().findAndRegisterModules());

    @Test
    void anEmptyAttribute_isNoAttribute_asOnTheTopic() {
        UUID partnership = UUID.randomUUID();
        EvaluationOverdue overdue = new EvaluationOverdue(partnership, LocalDate.of(2027, 1, 1), 30,
                Instant.parse("2027-01-30T23:00:00Z"));

        Envelope envelope = envelopes.of(new GenericDomainEventMessage<>("Partnership", partnership.toString(), 7,
                overdue, MetaData.from(Map.of("actorId", "system", "actorName", "Entente", "actorInstitution", ""))));

        assertThat(envelope.actorInstitution()).isNull();
        assertThat(envelope.actorId()).isEqualTo("system");
        assertThat(envelope.actorName()).isEqualTo("Entente");
    }
}
