package org.entente.web.partnership;

import org.entente.events.PartnershipStatus;
import org.entente.web.Fixtures;
import org.entente.web.api.Accepted;
import org.entente.web.api.HistoryPage;
import org.entente.web.api.Partnership;
import org.entente.web.api.Refusal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Fixtures.ID;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The step forms: what they check, what they send, and how a refusal reads. */
class StepPagesTest extends org.entente.web.PageTest {

    private static final Partnership AGREED = Fixtures.partnership(PartnershipStatus.AGREED, Fixtures.agreement(), List.of(), 8);
    private MockHttpSession claire;

    @BeforeEach
    void signIn() throws Exception {
        claire = signedInAs(0);
        when(query.partnership(ID)).thenReturn(AGREED);
        when(query.history(ID)).thenReturn(new HistoryPage(List.of(), 0, 500, 0));
    }

    @Test
    void theSignatureForm_showsTheVersionAndHashSigned_andAsksForTheCapacity() throws Exception {
        Document form = page(get("/partnerships/{id}/steps/sign", ID).session(claire), 200);

        assertThat(form.select("#signing-hash").text()).isEqualTo(Fixtures.HASH);
        assertThat(form.text()).contains("Vous signez la version convenue 1");
        assertThat(form.select("label[for=capacity]").text()).isEqualTo("Qualité du ou de la signataire");
        assertThat(form.select("input[name=idempotencyKey]").val()).isNotBlank();
        assertThat(form.select("input[name=seenVersion]").val()).isEqualTo("8");
    }

    @Test
    void signing_withoutACapacity_isRefusedInTheForm_andNothingIsSent() throws Exception {
        Document form = page(post("/partnerships/{id}/steps/sign", ID).session(claire).with(csrf())
                .param("seenVersion", "8").param("idempotencyKey", "k-1").param("termsVersion", "1")
                .param("termsHash", Fixtures.HASH).param("capacity", ""), 400);

        assertThat(form.select("#capacity-error").text()).isEqualTo("Ce champ est obligatoire.");
        verify(commands, never()).send(anyString(), any(), any(), any());
    }

    @Test
    void aStep_sendsTheVersionThePersonSaw_andTheFormsIdempotencyKey() throws Exception {
        when(commands.send(anyString(), any(), any(), any())).thenReturn(new Accepted(ID, 9));
        when(query.awaitVersion(ID, 9)).thenReturn(AGREED);

        mvc.perform(post("/partnerships/{id}/steps/sign", ID).session(claire).with(csrf()).param("seenVersion", "8")
                        .param("idempotencyKey", "key-42").param("termsVersion", "1").param("termsHash", Fixtures.HASH)
                        .param("capacity", "Vice-présidente"))
                .andExpect(redirectedUrl("/partnerships/" + ID));

        verify(commands).send("/partnerships/" + ID + "/signatures",
                Map.of("termsHash", Fixtures.HASH, "capacity", "Vice-présidente"), 8L, "key-42");
    }

    @Test
    void aStepOfAnImportedConvention_sendsTheDayItTookEffect_andADateOutOfOrder_readsInFrench() throws Exception {
        when(commands.send(anyString(), any(), anyLong(), anyString()))
                .thenThrow(new Refusal(400, "effective-date-out-of-order", "before the previous step's"));

        Document refused = page(post("/partnerships/{id}/steps/sign", ID).session(claire).with(csrf())
                .param("seenVersion", "8").param("idempotencyKey", "key-7").param("termsVersion", "1")
                .param("termsHash", Fixtures.HASH).param("capacity", "Vice-présidente")
                .param("effectiveDate", "2023-03-14"), 400);

        verify(commands).send("/partnerships/" + ID + "/signatures", Map.of("termsHash", Fixtures.HASH,
                "capacity", "Vice-présidente", "effectiveDate", java.time.LocalDate.of(2023, 3, 14)), 8L, "key-7");
        assertThat(refused.select("#refusal").text()).contains("La date d’effet est antérieure à celle de l’étape "
                + "précédente");
        assertThat(refused.select("details#reprise").hasAttr("open")).isTrue();
        assertThat(refused.select("#effectiveDate").val()).isEqualTo("2023-03-14");
    }

    @Test
    void onlyTheStepsOfAnImport_offerAnEffectiveDate() throws Exception {
        Document sign = page(get("/partnerships/{id}/steps/sign", ID).session(claire), 200);

        assertThat(sign.select("details#reprise").hasAttr("open")).isFalse();
        assertThat(sign.select("details#reprise label[for=effectiveDate]").text()).isEqualTo("Date d’effet de l’étape");
        when(query.partnership(ID)).thenReturn(Fixtures.partnership(PartnershipStatus.ACTIVE, null, List.of(), 8));
        assertThat(page(get("/partnerships/{id}/steps/amend", ID).session(claire), 200).select("details#reprise"))
                .isEmpty();
    }

    @Test
    void aRefusal_isShownInPlainLanguage_fromItsCode_withAFreshKeyForTheNextTry() throws Exception {
        when(commands.send(anyString(), any(), anyLong(), anyString()))
                .thenThrow(new Refusal(409, "already-signed", "ccas-metz signed already"));

        Document french = page(post("/partnerships/{id}/steps/sign", ID).session(claire).with(csrf())
                .param("seenVersion", "8").param("idempotencyKey", "key-1").param("termsVersion", "1")
                .param("termsHash", Fixtures.HASH).param("capacity", "Vice-présidente"), 409);
        Document english = page(post("/partnerships/{id}/steps/sign", ID).session(claire).with(csrf())
                .header("Accept-Language", "en").param("seenVersion", "8").param("idempotencyKey", "key-2")
                .param("termsVersion", "1").param("termsHash", Fixtures.HASH).param("capacity", "Vice-présidente"), 409);

        assertThat(french.select("#refusal").text()).contains("Votre institution a déjà signé.")
                .doesNotContain("ccas-metz signed already", "{");
        assertThat(english.select("#refusal").text()).contains("Your institution has already signed.");
        assertThat(french.select("input[name=idempotencyKey]").val()).isNotBlank().isNotEqualTo("key-1");
        assertThat(french.select("#capacity").val()).isEqualTo("Vice-présidente");
    }

    @Test
    void aStaleVersion_saysSomeoneActedFirst_showsWhatTheyDid_andSetsTheFormToTheNewVersion() throws Exception {
        when(query.partnership(ID)).thenReturn(Fixtures.partnership(PartnershipStatus.AGREED, Fixtures.agreement("caf-57"),
                List.of(), 9));
        when(query.history(ID)).thenReturn(new HistoryPage(List.of(
                new HistoryPage.Step(8, "AgreementReached", Instant.parse("2026-03-04T10:00:00Z"), null, "lea", "Léa Schmitt", "ligue-57", null),
                new HistoryPage.Step(9, "AgreementSigned", Instant.parse("2026-03-05T10:00:00Z"), null, "karim", "Karim Benali",
                        "caf-57", new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"capacity\":\"Directeur\"}"))),
                0, 500, 10));
        when(commands.send(anyString(), any(), eq(8L), anyString()))
                .thenThrow(new Refusal(412, "stale-version", "The partnership is at version 9"));

        Document form = page(post("/partnerships/{id}/steps/sign", ID).session(claire).with(csrf())
                .param("seenVersion", "8").param("idempotencyKey", "key-1").param("termsVersion", "1")
                .param("termsHash", Fixtures.HASH).param("capacity", "Vice-présidente"), 412);

        assertThat(form.select("#refusal").text()).contains("Quelqu’un a agi avant vous", "Convention signée",
                "Directeur").doesNotContain("Accord trouvé");
        assertThat(form.select("input[name=seenVersion]").val()).isEqualTo("9");
    }

    @Test
    void aStaleApproval_afterANewVersion_linksToWhatChangedInTheTerms() throws Exception {
        when(query.history(ID)).thenReturn(new HistoryPage(List.of(new HistoryPage.Step(6, "TermsProposed",
                Instant.parse("2026-03-04T10:00:00Z"), null, "karim", null, "caf-57", new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree("{\"version\":2,\"baseVersion\":1,\"rationale\":\"Less funding\"}"))), 0, 500, 7));
        when(commands.send(anyString(), any(), eq(5L), anyString()))
                .thenThrow(new Refusal(412, "stale-version", "The partnership is at version 6"));

        Document form = page(post("/partnerships/{id}/steps/approve", ID).session(claire).with(csrf())
                .param("seenVersion", "5").param("idempotencyKey", "key-1").param("termsVersion", "1")
                .param("termsHash", Fixtures.HASH), 412);

        assertThat(form.select("#refusal").text()).contains("Nouvelle version des termes", "Less funding");
        assertThat(form.select("#refusal a").attr("href")).isEqualTo("/partnerships/" + ID + "/redline?from=1&to=2");
    }

    @Test
    void anOutsidersPartnership_isAPlainNotFound_exactlyLikeAMissingOne() throws Exception {
        UUID missing = UUID.randomUUID();
        when(query.partnership(missing)).thenThrow(new Refusal(404, "not-found", "Partnership not found."));
        when(query.partnership(ID)).thenThrow(new Refusal(404, "not-found", "Partnership not found."));

        Document theirs = page(get("/partnerships/{id}", ID).session(claire), 404);
        Document none = page(get("/partnerships/{id}", missing).session(claire), 404);

        assertThat(theirs.select("header").text()).contains("Claire Martin");
        assertThat(theirs.select("#error-message").text()).isEqualTo(none.select("#error-message").text())
                .isEqualTo("Ce partenariat n’existe pas, ou vous n’y avez pas accès.");
        assertThat(page(get("/partnerships/not-a-uuid").session(claire), 404).select("#error-message").text())
                .isEqualTo(none.select("#error-message").text());
        assertThat(page(get("/partnerships/{id}/steps/teleport", missing).session(claire), 404)
                .select("#error-message").text()).isEqualTo(none.select("#error-message").text());
    }

    @Test
    void anExpiredTokenAtTheService_signsThePersonOutWithAMessage() throws Exception {
        when(query.partnership(ID)).thenThrow(new Refusal(401, "unauthenticated", "expired"));

        mvc.perform(get("/partnerships/{id}", ID).session(claire)).andExpect(redirectedUrl("/signin?expired"));
    }
}
