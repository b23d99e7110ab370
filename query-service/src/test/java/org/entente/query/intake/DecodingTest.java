package org.entente.query.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.entente.events.PartnershipEvent.InvitationAccepted;
import org.entente.query.intake.Decoding.UndecodableRecord;
import org.entente.query.readmodel.ContractReader;
import org.entente.query.readmodel.ReceivedEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A record is read through the published contract, or refused with the reason an operator will read. */
class DecodingTest {

    private static final UUID ID = UUID.fromString("5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11");
    private static final String DATA = "{\"partnershipId\":\"" + ID + "\",\"institutionId\":\"caf-57\","
            + "\"acceptedAt\":\"2026-03-02T09:30:00Z\",\"addedInALaterRevision\":true}";

    private final Decoding decoding = new Decoding(new ContractReader(new ObjectMapper()
            .registerModule(new JavaTimeModule()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));

    @Test
    void aRecordOfTheContract_isReadWithItsMetadata_toleratingFieldsItDoesNotKnow() throws Exception {
        ReceivedEvent event = decoding.decode(record(headers(), DATA));

        assertThat(event.event()).isEqualTo(new InvitationAccepted(ID, "caf-57",
                java.time.Instant.parse("2026-03-02T09:30:00Z")));
        assertThat(event.eventId()).isEqualTo("e-1");
        assertThat(event.sequence()).isEqualTo(4);
        assertThat(event.actorInstitution()).isEqualTo("caf-57");
        assertThat(event.correlationId()).isEqualTo("c-1");
    }

    @Test
    void anImportedStep_isReadWithTheDayItTookEffect_andEveryOtherWithout() throws Exception {
        assertThat(decoding.decode(record(with("ce_effectivedate", "2023-02-28"), DATA)).effectiveDate())
                .isEqualTo(java.time.LocalDate.of(2023, 2, 28));
        assertThat(decoding.decode(record(headers(), DATA)).effectiveDate()).isNull();
    }

    @Test
    void anEffectiveDateThatIsNotExactlyADay_isRefused_sinceTheLedgerCommitsToItsText() {
        for (String notADay : java.util.List.of("2023-02-30", "2023-2-28", "28/02/2023", "2023-02-28T00:00:00Z",
                "+2023-02-28", "")) {
            assertRefused(with("ce_effectivedate", notADay), DATA, "Header ce_effectivedate is not a date");
        }
    }

    @Test
    void whatTheContractDoesNotAllow_isRefusedWithItsReason() {
        assertRefused(with("ce_type", "org.entente.partnership.InvitationAccepted.v2"), DATA,
                "Type org.entente.partnership.InvitationAccepted.v2 is newer than this version of the contract, "
                        + "which reads InvitationAccepted up to revision 1");
        assertRefused(with("ce_type", "org.entente.partnership.InvitationRevoked.v1"), DATA,
                "Type org.entente.partnership.InvitationRevoked.v1 is unknown to this version of the contract");
        assertRefused(with("ce_type", "InvitationAccepted"), DATA,
                "Type InvitationAccepted is unknown to this version of the contract");
        assertRefused(with("ce_id", null), DATA, "Header ce_id is missing");
        assertRefused(with("ce_sequence", "four"), DATA, "Header ce_sequence is missing or not a number");
        assertRefused(with("ce_time", "yesterday"), DATA, "Header ce_time is not an instant: yesterday");
        assertRefused(with("ce_subject", UUID.randomUUID().toString()), DATA, "is not the partnership of the data");
        assertRefused(headers(), "{\"partnershipId\":", "Data is not a valid InvitationAccepted");
        assertRefused(headers(), null, "The record has no data");
    }

    private void assertRefused(Map<String, String> headers, String data, String reason) {
        assertThatThrownBy(() -> decoding.decode(record(headers, data))).isInstanceOf(UndecodableRecord.class)
                .hasMessageContaining(reason);
    }

    private static Map<String, String> with(String header, String value) {
        Map<String, String> headers = headers();
        if (value == null) {
            headers.remove(header);
        } else {
            headers.put(header, value);
        }
        return headers;
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        headers.put("ce_id", "e-1");
        headers.put("ce_type", "org.entente.partnership.InvitationAccepted.v1");
        headers.put("ce_subject", ID.toString());
        headers.put("ce_sequence", "4");
        headers.put("ce_time", "2026-03-02T09:30:00Z");
        headers.put("ce_actorinstitution", "caf-57");
        headers.put("ce_correlationid", "c-1");
        return headers;
    }

    private static ReceivedRecord record(Map<String, String> headers, String data) {
        return new ReceivedRecord("partnership-events", 0, 12, ID.toString(), headers,
                data == null ? null : data.getBytes(StandardCharsets.UTF_8));
    }
}
