package org.entente.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.entente.events.EventUpcaster;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.TestSteps;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Stored events pass through the contract's steps in Axon's chain. Every event of the contract being at its first
 * revision, the earlier one here is the test's own: an {@code InvitationAccepted} stored at revision 0, which named
 * its institution {@code institution}.
 */
class ContractUpcastingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();
    private static final String DATA = "{\"partnershipId\":\"5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11\","
            + "\"institution\":\"caf-57\",\"acceptedAt\":\"2026-03-02T09:30:00Z\"}";

    @Test
    void anEventStoredAtAnEarlierRevision_isRewrittenByItsSteps_andTypedAtTodaysRevision() {
        ContractUpcasting upcasting = new ContractUpcasting(JSON, new EventUpcasters(List.of(institutionRenamed())));

        IntermediateEventRepresentation upcast = only(upcasting, stored(InvitationAccepted.class.getName(), "0"));

        assertThat(upcast.getType().getName()).isEqualTo(InvitationAccepted.class.getName());
        assertThat(upcast.getType().getRevision()).isEqualTo("1");
        JsonNode data = upcast.getData(JsonNode.class).getData();
        assertThat(data.get("institutionId").asText()).isEqualTo("caf-57");
        assertThat(data.has("institution")).isFalse();
    }

    @Test
    void anEventOfTodaysRevision_andAnyOtherStoredType_passUntouched() {
        ContractUpcasting upcasting = new ContractUpcasting(JSON, new EventUpcasters(List.of(institutionRenamed())));

        for (IntermediateEventRepresentation stored : List.of(stored(InvitationAccepted.class.getName(), "1"),
                stored("org.example.Other", "0"), stored(InvitationAccepted.class.getName(), null))) {
            assertThat(only(upcasting, stored)).isSameAs(stored);
        }
    }

    @Test
    void anEarlierRevisionWithoutItsStep_failsTheRead_namingIt() {
        ContractUpcasting upcasting = new ContractUpcasting(JSON, EventUpcasters.contract());

        assertThatThrownBy(() -> only(upcasting, stored(InvitationAccepted.class.getName(), "0")))
                .hasMessageContaining("No upcaster reads InvitationAccepted.v0");
    }

    private static IntermediateEventRepresentation only(ContractUpcasting upcasting,
                                                        IntermediateEventRepresentation stored) {
        List<IntermediateEventRepresentation> upcast = upcasting.upcast(Stream.of(stored)).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static IntermediateEventRepresentation stored(String type, String revision) {
        return new InitialEventRepresentation(new GenericDomainEventEntry<>("Partnership",
                "5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11", 3, "e-1", java.time.Instant.parse("2026-03-02T09:30:00Z"),
                type, revision, DATA.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8)),
                SERIALIZER);
    }

    private static EventUpcaster institutionRenamed() {
        return TestSteps.renaming("InvitationAccepted", 0, "institution", "institutionId");
    }
}
