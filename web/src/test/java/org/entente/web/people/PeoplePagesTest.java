package org.entente.web.people;

import org.entente.web.PageTest;
import org.entente.web.api.PersonalData;
import org.entente.web.api.Refusal;
import org.entente.web.api.Unreachable;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * "Données personnelles": an administrator corrects a person's name or capacity, or erases their personal data,
 * through the command side; everyone else is told they have no access; every refusal, of the page or the service,
 * is a sentence beside its form, and nothing is sent that the page refused.
 */
class PeoplePagesTest extends PageTest {

    private static final String KEY = "7c0e3a4e-5b0f-4d43-9a39-2f1d1d5c8a10";

    @Test
    void anAdministrator_findsThePageInTheNavigation_withItsTwoForms_inFrench() throws Exception {
        Document page = page(get("/people").session(admin()), 200);

        assertThat(page.select("nav a[href=/people]").text()).isEqualTo("Données personnelles");
        assertThat(page.select("h1").text()).isEqualTo("Données personnelles");
        assertThat(page.select("label[for=rectification-person]").text()).isEqualTo("Identifiant de la personne");
        assertThat(page.select("#rectification-name, #rectification-capacity, #erasure-person")).hasSize(3);
        assertThat(page.select("label[for=erasure-confirmed]").text())
                .isEqualTo("Je confirme l’effacement définitif des données de cette personne");
        assertThat(page.select("#erasure .notice.warn").text()).contains("L’effacement est définitif");
        assertThat(page.select("#erasure-form input[name=idempotencyKey]").val())
                .isNotBlank().isNotEqualTo(page.select("#rectification-form input[name=idempotencyKey]").val());
    }

    @Test
    void inEnglish_thePageReadsInEnglish() throws Exception {
        Document page = page(get("/people").param("lang", "en").session(admin()), 200);

        assertThat(page.select("h1").text()).isEqualTo("Personal data");
        assertThat(page.select("#erase").text()).isEqualTo("Erase for good");
        assertThat(page.select("#rectify").text()).isEqualTo("Correct");
    }

    @Test
    void anyoneButAnAdministrator_isToldTheyHaveNoAccess_andCanSendNothing() throws Exception {
        MockHttpSession claire = signedInAs("claire-martin");

        Document refused = page(get("/people").session(claire), 403);
        page(erasure("claire-martin", true).session(claire), 403);
        page(rectification("claire-martin", "Claire Dupont", "").session(claire), 403);

        assertThat(refused.select("nav a")).as("her own navigation").isNotEmpty();
        assertThat(refused.select("nav a[href=/people]")).isEmpty();
        assertThat(refused.text()).contains("Vous n’avez pas accès à cette page.");
        verify(personalData, never()).erase(anyString(), anyString());
        verify(personalData, never()).rectify(anyString(), any(), any(), anyString());
    }

    @Test
    void anErasureNotConfirmed_isRefusedOnThePage_andNothingIsErased() throws Exception {
        Document page = page(erasure("jeanne-dupont", false).session(admin()), 400);

        assertThat(page.select("#erasure-confirmed-error").text()).isEqualTo("Cochez cette case pour confirmer.");
        assertThat(page.select("#erasure-confirmed").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#erasure-person").val()).isEqualTo("jeanne-dupont");
        verify(personalData, never()).erase(anyString(), anyString());
    }

    @Test
    void aConfirmedErasure_isSentWithTheFormsKey_andThePageSaysWhatWasErased_once() throws Exception {
        when(personalData.erase("jeanne-dupont", KEY)).thenReturn(new PersonalData.Erased(3, 2));
        MockHttpSession admin = admin();

        mvc.perform(erasure("  jeanne-dupont ", true).session(admin)).andExpect(redirectedUrl("/people"));
        Document after = page(get("/people").session(admin), 200);
        Document reloaded = page(get("/people").session(admin), 200);

        assertThat(after.select("#erased").text()).isEqualTo("Effacé pour jeanne-dupont : 3 valeurs dans "
                + "2 partenariats. Les preuves du registre restent valides.");
        assertThat(reloaded.select("#erased")).isEmpty();
        verify(personalData).erase("jeanne-dupont", KEY);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "vault.unknown-person | 404 | Entente ne détient aucune donnée personnelle de cette personne",
        "vault.already-erased | 409 | ont déjà été effacées",
        "vault.own-erasure    | 409 | Vos propres données sont effacées par une autre personne de l’administration",
        "rate-limited         | 429 | réessayez dans une minute"})
    void anErasureTheServiceRefuses_isExplainedBesideItsForm_keptWithANewKey(String code, int status,
                                                                            String sentence) throws Exception {
        when(personalData.erase("jeanne-dupont", KEY)).thenThrow(new Refusal(status, code, "refused"));

        Document page = page(erasure("jeanne-dupont", true).session(admin()), status);

        assertThat(page.select("#erasure-refusal").attr("data-code")).isEqualTo(code);
        assertThat(page.select("#erasure-refusal").text()).startsWith("Rien n’a été fait.").contains(sentence);
        assertThat(page.select("#rectification-refusal")).isEmpty();
        assertThat(page.select("#erasure-person").val()).isEqualTo("jeanne-dupont");
        assertThat(page.select("#erasure-confirmed").hasAttr("checked")).as("confirmed again, knowingly").isFalse();
        assertThat(page.select("#erasure-form input[name=idempotencyKey]").val()).isNotBlank().isNotEqualTo(KEY);
    }

    @Test
    void aRectifiedName_isSent_theCapacityLeftAsItIs_andThePageSaysWhereItWasCorrected() throws Exception {
        when(personalData.rectify("jeanne-dupont", "Jeanne Martin", null, KEY)).thenReturn(new PersonalData.Rectified(2, 0));
        MockHttpSession admin = admin();

        mvc.perform(rectification("jeanne-dupont", " Jeanne Martin ", " ").session(admin))
                .andExpect(redirectedUrl("/people"));
        Document after = page(get("/people").session(admin), 200);

        assertThat(after.select("#rectified").text()).isEqualTo("Corrigé pour jeanne-dupont : le nom dans "
                + "2 partenariats, la qualité dans aucun partenariat.");
        verify(personalData).rectify(eq("jeanne-dupont"), eq("Jeanne Martin"), isNull(), eq(KEY));
    }

    @Test
    void aRectificationOfNothing_isRefusedOnThePage_andNothingIsSent() throws Exception {
        Document page = page(rectification("jeanne-dupont", "", "  ").session(admin()), 400);

        assertThat(page.select("#rectification-name-error").text())
                .isEqualTo("Indiquez le nom corrigé, la qualité corrigée, ou les deux.");
        verify(personalData, never()).rectify(anyString(), any(), any(), anyString());
    }

    @Test
    void anIdentifierOrAValueTheServiceWouldRefuse_isRefusedOnThePage_andNothingIsSent() throws Exception {
        MockHttpSession admin = admin();

        Document empty = page(erasure(" ", true).session(admin), 400);
        Document tooLong = page(rectification("p".repeat(201), "Jeanne", "").session(admin), 400);
        Document control = page(rectification("jeanne-dupont", "Jeanne\u0007", "").session(admin), 400);

        assertThat(empty.select("#erasure-person-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(tooLong.select("#rectification-person-error").text())
                .isEqualTo("Ce texte est trop long (au plus 200 caractères).");
        assertThat(control.select("#rectification-name-error").text()).isEqualTo("Ce format n’est pas accepté.");
        verify(personalData, never()).erase(anyString(), anyString());
        verify(personalData, never()).rectify(anyString(), any(), any(), anyString());
    }

    @Test
    void aRectificationOfAnErasedPerson_isExplainedBesideItsForm() throws Exception {
        when(personalData.rectify("jeanne-dupont", null, "Directrice", KEY))
                .thenThrow(new Refusal(409, "vault.person-erased", "erased"));

        Document page = page(rectification("jeanne-dupont", "", "Directrice").session(admin()), 409);

        assertThat(page.select("#rectification-refusal").text())
                .contains("ont été effacées : il n’y a plus rien à corriger.");
        assertThat(page.select("#rectification-capacity").val()).isEqualTo("Directrice");
    }

    @Test
    void aServiceThatDoesNotAnswer_saysSo_andAnExpiredSessionSignsInAgain() throws Exception {
        when(personalData.erase("jeanne-dupont", KEY)).thenThrow(new Unreachable("command-service", null));
        when(personalData.rectify("jeanne-dupont", "Jeanne", null, KEY))
                .thenThrow(new Refusal(401, "unauthenticated", "expired"));

        Document unreachable = page(erasure("jeanne-dupont", true).session(admin()), 503);
        mvc.perform(rectification("jeanne-dupont", "Jeanne", "").session(admin()))
                .andExpect(redirectedUrl("/signin?expired"));

        assertThat(unreachable.text()).contains("Le service ne répond pas pour l’instant. Rien n’a été fait");
    }

    private MockHttpSession admin() throws Exception {
        return signedInAs("alix-admin");
    }

    private static MockHttpServletRequestBuilder erasure(String personId, boolean confirmed) {
        MockHttpServletRequestBuilder request = post("/people/erasure").with(csrf()).param("personId", personId)
                .param("idempotencyKey", KEY).param("_confirmed", "on");
        return confirmed ? request.param("confirmed", "true") : request;
    }

    private static MockHttpServletRequestBuilder rectification(String personId, String name, String capacity) {
        return post("/people/rectification").with(csrf()).param("personId", personId).param("name", name)
                .param("capacity", capacity).param("idempotencyKey", KEY);
    }
}
