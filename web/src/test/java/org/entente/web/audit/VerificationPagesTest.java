package org.entente.web.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.web.Fixtures;
import org.entente.web.PageTest;
import org.entente.web.api.Refusal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Fixtures.ID;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditor's workbench for issue 10: the verification of a partnership as the query side's monitor reports it
 * (checkpoint, key id, each event's status, the first broken link in plain words) and the evidence to download.
 */
class VerificationPagesTest extends PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aVerifiedPartnership_showsItsCheckpointKeyAndEachEventsStatus() throws Exception {
        when(query.partnership(ID)).thenReturn(Fixtures.negotiating());
        when(query.verification(ID)).thenReturn(JSON.readTree("""
                {"partnershipId":"%s","verified":true,"checkpoint":{"origin":"entente.localhost/ledger","size":42,
                 "rootHash":"3q2+7w==","keyId":"c74f20a3","note":"n"},"events":[
                 {"sequence":0,"eventId":"e0","type":"org.entente.partnership.PartnershipProposed.v1","ledgerIndex":7,
                  "chainHash":"%s","status":"verified"}]}""".formatted(ID, "ab".repeat(32))));
        MockHttpSession auditor = signedInAs("anne-audit");

        Document page = page(get("/audit/partnerships/" + ID + "/verification").session(auditor), 200);

        assertThat(page.select("#verdict").text()).startsWith("Vérifié");
        assertThat(page.select("#key-id").text()).isEqualTo("c74f20a3");
        assertThat(page.select("#tree-size").text()).isEqualTo("42");
        assertThat(page.select("tr[data-status=verified]")).hasSize(1);
        assertThat(page.select("tr[data-status=verified]").text()).contains("Partenariat proposé", "7", "vérifié");
        assertThat(page.select("#evidence").attr("href")).isEqualTo("/audit/partnerships/" + ID + "/evidence.zip");
    }

    @Test
    void aBrokenLink_isNamedInPlainWords() throws Exception {
        when(query.partnership(ID)).thenReturn(Fixtures.negotiating());
        when(query.verification(ID)).thenReturn(JSON.readTree("""
                {"partnershipId":"%s","verified":false,"events":[{"sequence":0,"eventId":"e0",
                 "type":"org.entente.partnership.PartnershipProposed.v1","status":"broken",
                 "problem":"its chain hash is not the hash of its predecessor's and its own content"}],
                 "firstBrokenLink":{"sequence":0,"status":"broken",
                 "problem":"its chain hash is not the hash of its predecessor's and its own content"}}""".formatted(ID)));

        Document page = page(get("/audit/partnerships/" + ID + "/verification").session(signedInAs("anne-audit")), 200);

        assertThat(page.select("#verdict[role=alert]").text()).startsWith("Rupture à l’événement n° 0");
        assertThat(page.select("tr[data-status=broken]").text()).contains("rompu");
    }

    /**
     * Issue 21: the raw events show people's values as the ledger holds them — commitments, which the page explains —
     * and, beside them, as they read, or "effacé" where the vault no longer opens them.
     */
    @Test
    void theRawEvents_explainTheCommitments_andShowEachPersonalValue_orErased() throws Exception {
        when(query.partnership(ID)).thenReturn(Fixtures.negotiating());
        String commitment = "sha256:" + "c4".repeat(32);
        when(query.auditEvents(ID)).thenReturn(JSON.readTree("""
                [{"eventId":"e0","sequence":0,"type":"org.entente.partnership.AgreementSigned.v1",
                  "actorId":"%1$s","actorName":"%1$s","data":{"signatoryName":"%1$s"},
                  "personalValues":{"actor.id":"user-caf-57","actor.name":"Claire Martin","data.signatoryName":null}}]
                """.formatted(commitment)));

        Document page = page(get("/audit/partnerships/" + ID + "/events").session(signedInAs("anne-audit")), 200);

        assertThat(page.select("#commitments-explained").text()).contains("sha256:", "engagement salé");
        assertThat(page.select("dl.people dt").eachText()).containsExactly("actor.id", "actor.name",
                "data.signatoryName");
        assertThat(page.select("dl.people dd").eachText()).containsExactly("user-caf-57", "Claire Martin", "effacé");
        assertThat(page.select("pre.json").text()).contains(commitment);
    }

    /** Issue 21: in a downloaded audit trail, a value the vault no longer opens reads in the reader's language. */
    @Test
    void theAuditTrailsDownload_asksForErasedValues_inTheReadersWords() throws Exception {
        when(query.export(ID, ExportController.CSV, "effacé")).thenReturn("personal_values\r\n".getBytes());
        when(query.export(ID, ExportController.CSV, "erased")).thenReturn("in English\r\n".getBytes());

        mvc.perform(get("/audit/partnerships/" + ID + "/export.csv").session(signedInAs("anne-audit")))
                .andExpect(status().isOk()).andExpect(content().string("personal_values\r\n"));
        mvc.perform(get("/audit/partnerships/" + ID + "/export.csv").session(signedInAs("anne-audit"))
                        .locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string("in English\r\n"));
    }

    @Test
    void theEvidence_isDownloadedAsTheQuerySideWroteIt() throws Exception {
        when(query.evidence(ID)).thenReturn(new byte[]{'P', 'K', 3, 4});
        mvc.perform(get("/audit/partnerships/" + ID + "/evidence.zip").session(signedInAs("anne-audit")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"partnership-" + ID + "-evidence.zip\""));
    }

    @Test
    void evidenceNotReadyYet_isSaidPlainly() throws Exception {
        when(query.evidence(ID)).thenThrow(new Refusal(409, "ledger.not-yet-checkpointed", "not yet"));
        Document page = page(get("/audit/partnerships/" + ID + "/evidence.zip").session(signedInAs("anne-audit")),
                409);
        assertThat(page.text()).contains("ne figurent pas encore dans un point de contrôle vérifié")
                .doesNotContain("Exception", "ledger.");
    }
}
