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
}
