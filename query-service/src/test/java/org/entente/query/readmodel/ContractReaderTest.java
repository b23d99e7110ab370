package org.entente.query.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.entente.events.EventUpcasters;
import org.entente.events.PartnershipEvent;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.events.PublishedType;
import org.entente.events.TestSteps;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record of an earlier revision is read as today's event through its steps, as the topic's records and the event
 * log's rows are. Every event of the contract being at its first revision, the earlier revision here is the test's
 * own: an {@code InvitationAccepted} that named its institution {@code institution}.
 */
class ContractReaderTest {

    private static final UUID ID = UUID.fromString("5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11");
    private static final ContractReader READER = new ContractReader(new ObjectMapper()
            .registerModule(new JavaTimeModule()));

    @Test
    void dataOfTodaysRevision_isReadAsItsEvent() throws Exception {
        PartnershipEvent event = READER.read(READER.reading("org.entente.partnership.InvitationAccepted.v1"),
                bytes("{\"partnershipId\":\"" + ID + "\",\"institutionId\":\"caf-57\","
                        + "\"acceptedAt\":\"2026-03-02T09:30:00Z\"}"));

        assertThat(event).isEqualTo(new InvitationAccepted(ID, "caf-57", Instant.parse("2026-03-02T09:30:00Z")));
    }

    @Test
    void dataOfAnEarlierRevision_isUpcastByEachStep_thenReadAsTodaysEvent() throws Exception {
        EventUpcasters.Reading earlier = new EventUpcasters(List.of(TestSteps.renaming("InvitationAccepted", 0,
                "institution", "institutionId")))
                .reading(new PublishedType("InvitationAccepted", 0));

        PartnershipEvent event = READER.read(earlier, bytes("{\"partnershipId\":\"" + ID + "\",\"institution\":"
                + "\"caf-57\",\"acceptedAt\":\"2026-03-02T09:30:00Z\"}"));

        assertThat(event).isEqualTo(new InvitationAccepted(ID, "caf-57", Instant.parse("2026-03-02T09:30:00Z")));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
