package org.entente.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical bytes of docs/ledger.md §1, with and without an imported step's effective date. */
class EnvelopeTest {

    private static final String DATA = "{\"partnershipId\":\"d077\",\"acceptedAt\":\"2026-12-06T10:00:00Z\"}";

    private static Envelope recordedToday(String effectiveDate) {
        return new Envelope("e60b", "org.entente.partnership.InvitationAccepted.v1", "1", "d077", 3,
                "2026-12-06T10:00:00.123Z", "karim", "Karim B.", "caf-57", "581b", "9f2c", DATA, effectiveDate);
    }

    @Test
    void anEventThatTookEffectWhenRecorded_keepsTheBytesItAlwaysHad() {
        String expected = "{\"actor\":{\"id\":\"karim\",\"institution\":\"caf-57\",\"name\":\"Karim B.\"},"
                + "\"causationId\":\"9f2c\",\"correlationId\":\"581b\",\"data\":{\"acceptedAt\":"
                + "\"2026-12-06T10:00:00Z\",\"partnershipId\":\"d077\"},\"eventId\":\"e60b\",\"partnershipId\":\"d077\","
                + "\"revision\":\"1\",\"sequence\":3,\"time\":\"2026-12-06T10:00:00.123Z\","
                + "\"type\":\"org.entente.partnership.InvitationAccepted.v1\"}";

        assertThat(new String(recordedToday(null).canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(recordedToday(null)).isEqualTo(new Envelope("e60b", "org.entente.partnership.InvitationAccepted.v1",
                "1", "d077", 3, "2026-12-06T10:00:00.123Z", "karim", "Karim B.", "caf-57", "581b", "9f2c", DATA));
    }

    @Test
    void anImportedStep_commitsToTheDayItTookEffect_inItsSortedPlace() {
        String bytes = new String(recordedToday("2023-03-14").canonicalBytes(), StandardCharsets.UTF_8);

        assertThat(bytes).contains("\"partnershipId\":\"d077\"},\"effectiveDate\":\"2023-03-14\",\"eventId\":\"e60b\"");
        assertThat(Chain.leafData(recordedToday("2023-03-14"), new byte[32]))
                .isNotEqualTo(Chain.leafData(recordedToday("2023-03-15"), new byte[32]))
                .isNotEqualTo(Chain.leafData(recordedToday(null), new byte[32]));
    }

    @Test
    void aVersion2Envelope_saysSo_andCommitsToEachPersonalValueByItsText() {
        String actorId = "sha256:" + "a".repeat(64);
        String actorName = "sha256:ba80e324d4b0328bda8fba2a9e69a0322c15f6321b8166f08fe228ff50d07efe";
        Envelope v2 = new Envelope("e60b", "org.entente.partnership.InvitationAccepted.v1", "1", "d077", 3,
                "2026-12-06T10:00:00.123Z", actorId, actorName, "caf-57", "581b", "9f2c", DATA, "2023-03-14", Envelope.V2);

        assertThat(new String(v2.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"actor\":{\"id\":\"" + actorId
                + "\",\"institution\":\"caf-57\",\"name\":\"" + actorName + "\"},\"causationId\":\"9f2c\","
                + "\"correlationId\":\"581b\",\"data\":{\"acceptedAt\":\"2026-12-06T10:00:00Z\",\"partnershipId\":"
                + "\"d077\"},\"effectiveDate\":\"2023-03-14\",\"envelope\":2,\"eventId\":\"e60b\",\"partnershipId\":"
                + "\"d077\",\"revision\":\"1\",\"sequence\":3,\"time\":\"2026-12-06T10:00:00.123Z\","
                + "\"type\":\"org.entente.partnership.InvitationAccepted.v1\"}");
        assertThat(Chain.leafData(v2, new byte[32])).isNotEqualTo(Chain.leafData(new Envelope(v2.eventId(), v2.type(),
                "1", "d077", 3, v2.time(), actorId, actorName, "caf-57", "581b", "9f2c", DATA, "2023-03-14"),
                new byte[32]));
    }

    @Test
    void onlyVersions1And2_exist() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Envelope("e", "t.v1", "1", "p", 0, "t", null,
                        null, null, null, null, "{}", null, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
