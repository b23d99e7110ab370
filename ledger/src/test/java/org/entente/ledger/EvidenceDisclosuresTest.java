package org.entente.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 21, requirement 3: an evidence package's disclosures.json, checked offline. A value given with its salt must
 * be what its event's commitment commits to; a rectified value must be opened under the commitment that replaced
 * it, which a PersonalDataRectified event of the package names; what is not opened — erased — is reported field by
 * field, and the package still verifies.
 */
class EvidenceDisclosuresTest {

    private static final String PARTNERSHIP = "5b0e4a8e-8f61-4c1a-9d3e-2f7d2b1c0a11";
    private final byte[] idSalt = salt(1);
    private final byte[] nameSalt = salt(2);
    private final byte[] newSalt = salt(3);
    private final byte[] capacitySalt = salt(4);
    private final String id = Commitment.ofString(idSalt, "jean-dupond").text();
    private final String name = Commitment.ofString(nameSalt, "Jean Dupond").text();
    private final String renamed = Commitment.ofString(newSalt, "Jean Dupont").text();
    private final String capacity = Commitment.ofString(capacitySalt, "Maire de Hayange").text();
    private final String admin = Commitment.ofString(salt(5), "alex-admin").text();

    @Test
    void openedValues_areCheckedAgainstTheirCommitments_andTheErasedOnesAreListed() throws Exception {
        Map<String, byte[]> entries = pack(disclosures(
                field(0, "actor.id", id, "jean-dupond", idSalt),
                renamedField(0, "actor.name", name, "Jean Dupont", renamed),
                field(0, "data.signatoryName", signatoryName(), null, null),
                field(0, "data.signatoryCapacity", capacity, null, null),
                field(1, "actor.id", admin, null, null),
                field(1, "data.name", renamed, "Jean Dupont", newSalt)));

        EvidenceVerifier.Disclosed disclosed = EvidenceVerifier.verify(entries, null, null, null).disclosed();

        assertThat(disclosed.opened()).isEqualTo(3);
        assertThat(disclosed.unopened()).containsExactly("event 0 (AgreementSigned) data.signatoryName",
                "event 0 (AgreementSigned) data.signatoryCapacity", "event 1 (PersonalDataRectified) actor.id");
    }

    @Test
    void aPackageWithoutDisclosures_verifiesAsBefore() throws Exception {
        Map<String, byte[]> entries = pack(null);

        assertThat(EvidenceVerifier.verify(entries, null, null, null).disclosed()).isNull();
    }

    @Test
    void aValueThatIsNotTheCommittedOne_aCommitmentTheEventDoesNotHold_orAnUnrecordedRectification_fail() {
        assertFails(disclosures(field(0, "actor.id", id, "someone-else", idSalt)),
                "the value given for event 0 (AgreementSigned) actor.id is not the one its commitment commits to");
        assertFails(disclosures(field(0, "actor.id", id, "jean-dupond", nameSalt)), "is not the one");
        assertFails(disclosures(field(0, "actor.name", id, "jean-dupond", idSalt)),
                "event 0 holds no commitment " + id + " at actor.name");
        assertFails(disclosures(field(7, "actor.id", id, "jean-dupond", idSalt)), "names event 7 of 2");
        assertFails(disclosures(field(0, "data.signatoryName", "Jean Dupond", null, null)), "holds no commitment");
        // Said rectified to a value opened under a commitment no PersonalDataRectified event of the package names.
        assertFails(disclosures(renamedField(0, "actor.id", id, "alex-admin", admin),
                field(1, "actor.id", admin, "alex-admin", salt(5))), "no PersonalDataRectified event");
        assertFails(disclosures(renamedField(0, "actor.name", name, "Jean Dupont", renamed)),
                "does not open under");
        assertFails("{\"fields\": {}}", "no list of fields");
        assertFails("not json", "disclosures.json is not JSON");
    }

    private void assertFails(String disclosures, String message) {
        assertThatThrownBy(() -> EvidenceVerifier.verify(pack(disclosures), null, null, null))
                .isInstanceOf(LedgerCheckFailed.class).hasMessageContaining(message);
    }

    /** A signature by Jean Dupond, then an administrator's rectification of his name. */
    private Map<String, byte[]> pack(String disclosures) {
        List<Chain.Link> links = new ArrayList<>();
        byte[] previous = Chain.GENESIS;
        for (Envelope envelope : List.of(
                envelope(0, "AgreementSigned", id, name, "{\"signatoryName\":\"" + signatoryName()
                        + "\",\"signatoryCapacity\":\"" + capacity + "\"}"),
                envelope(1, "PersonalDataRectified", admin, Commitment.ofString(salt(6), "Alex Admin").text(),
                        "{\"replaces\":[\"" + name + "\"],\"name\":\"" + renamed + "\"}"))) {
            previous = Chain.next(previous, envelope);
            links.add(new Chain.Link(envelope, previous));
        }
        Map<String, byte[]> entries = new EvidenceFixture(links, 1).entries();
        if (disclosures != null) {
            entries.put("disclosures.json", disclosures.getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private String signatoryName() {
        return Commitment.ofString(salt(7), "Jean Dupond").text();
    }

    private static Envelope envelope(long sequence, String type, String actorId, String actorName, String data) {
        return new Envelope("e-" + sequence, "org.entente.partnership." + type + ".v1", "1", PARTNERSHIP, sequence,
                "2026-12-01T10:00:0" + sequence + "Z", actorId, actorName, "caf-57", "c-" + sequence, "d-" + sequence,
                data, null, Envelope.V2);
    }

    private static String disclosures(String... fields) {
        return "{\"format\":\"entente-disclosures/1\",\"fields\":[" + String.join(",", fields) + "]}";
    }

    private static String field(int event, String path, String commitment, String value, byte[] salt) {
        return "{\"event\":" + event + ",\"field\":\"" + path + "\",\"commitment\":\"" + commitment + "\""
                + (value == null ? "" : ",\"value\":\"" + value + "\"")
                + (salt == null ? "" : ",\"salt\":\"" + Base64.getEncoder().encodeToString(salt) + "\"") + "}";
    }

    private static String renamedField(int event, String path, String commitment, String value, String by) {
        return "{\"event\":" + event + ",\"field\":\"" + path + "\",\"commitment\":\"" + commitment
                + "\",\"value\":\"" + value + "\",\"replacedBy\":\"" + by + "\"}";
    }

    private static byte[] salt(int seed) {
        byte[] salt = new byte[Commitment.SALT_LENGTH];
        java.util.Arrays.fill(salt, (byte) seed);
        return salt;
    }
}
