package org.entente.command.partnership;

import org.entente.events.Terms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermsHashTest {

    @Test
    void theSameContent_alwaysGivesTheSameHash_whateverTheNumberScale() {
        assertThat(TermsHash.of(terms(new BigDecimal("180000.00"))))
                .isEqualTo(TermsHash.of(terms(new BigDecimal("180000"))))
                .isEqualTo(TermsHash.of(terms(new BigDecimal("1.8E+5"))));
    }

    @Test
    void anyChangeOfContent_changesTheHash() {
        assertThat(TermsHash.of(terms(new BigDecimal("180000")))).isNotEqualTo(TermsHash.of(terms(new BigDecimal("180001"))));
    }

    @Test
    void theHash_isSha256InHex() {
        assertThat(TermsHash.of(terms(BigDecimal.TEN))).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void theHash_isSha256OfTheDocumentedCanonicalJson_soThatAnyoneCanRecomputeIt() throws Exception {
        String canonical = "{\"contributions\":[{\"amountEur\":10,\"description\":\"PSEJ\","
                + "\"institutionId\":\"caf-57\",\"kind\":\"FUNDING\",\"schedule\":\"yearly\"}],"
                + "\"duration\":{\"end\":\"2029-12-31\",\"noticePeriodDays\":90,\"renewal\":\"EXPLICIT\","
                + "\"start\":\"2026-01-01\"},\"evaluationPlan\":{\"criteria\":[\"attendance\"],"
                + "\"frequency\":\"yearly\"},\"governance\":{\"decisionRule\":\"consensus\","
                + "\"meetingFrequency\":\"quarterly\",\"steeringCommittee\":\"One member per partner\"},"
                + "\"objectives\":[{\"indicators\":[{\"baseline\":120,\"name\":\"places\",\"target\":160,"
                + "\"unit\":\"places\"}],\"statement\":\"Open 40 places\"}]}";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));

        assertThat(TermsHash.of(terms(new BigDecimal("10.00")))).isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
    }

    static Terms terms(BigDecimal funding) {
        return new Terms(
                List.of(new Terms.Objective("Open 40 places", List.of(new Terms.Indicator("places", "places",
                        BigDecimal.valueOf(120), BigDecimal.valueOf(160))))),
                List.of(new Terms.Contribution("caf-57", Terms.Contribution.Kind.FUNDING, "PSEJ", funding, null,
                        "yearly")),
                new Terms.Governance("One member per partner", "quarterly", "consensus"),
                new Terms.Duration(LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31),
                        Terms.Duration.Renewal.EXPLICIT, 90),
                new Terms.EvaluationPlan("yearly", List.of("attendance")));
    }
}
