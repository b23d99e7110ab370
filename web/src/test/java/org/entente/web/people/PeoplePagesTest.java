package org.entente.web.people;

import org.entente.web.PageTest;
import org.entente.web.api.PersonalData;
import org.entente.web.api.Refusal;
import org.entente.web.api.Unreachable;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

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
 * "Données personnelles": an administrator finds a person by their identifier and sees whom it names, then corrects
 * their name or capacity, or erases their personal data, through the command side; everyone else is told they have
 * no access; every refusal, of the page or the service, is a sentence beside its form, and nothing is sent that the
 * page refused.
 */
class PeoplePagesTest extends PageTest {

    private static final String KEY = "7c0e3a4e-5b0f-4d43-9a39-2f1d1d5c8a10";
    private static final String JEANNE = "jeanne-dupont";

    @BeforeEach
    void jeanneIsKnown() {
        when(personalData.held(JEANNE)).thenReturn(new PersonalData.Held(JEANNE, List.of("Jeanne Dupont"), 6, 2));
    }

    @Test
    void anAdministrator_findsThePageInTheNavigation_andFirstFindsThePerson_inFrench() throws Exception {
        Document page = page(get("/people").session(admin()), 200);

        assertThat(page.select("nav a[href=/people]").text()).isEqualTo("Données personnelles");
        assertThat(page.select("h1").text()).isEqualTo("Données personnelles");
        assertThat(page.select("label[for=find-person]").text()).isEqualTo("Identifiant de la personne");
        assertThat(page.select("#find-person").attr("aria-describedby")).isEqualTo("find-hint");
        assertThat(page.select("#rectification-form, #erasure-form"))
                .as("nothing offered before the person is found").isEmpty();
    }

    @Test
    void findingAPerson_showsWhomTheIdentifierNames_andOffersToCorrectOrEraseThem() throws Exception {
        Document page = page(get("/people").param("person", " " + JEANNE + " ").session(admin()), 200);

        assertThat(page.select("#held-title").text()).isEqualTo("Jeanne Dupont");
        assertThat(page.select("#held p").text())
                .isEqualTo("Identifiant jeanne-dupont : 6 valeurs dans 2 partenariats.");
        assertThat(page.select("#rectification-form input[name=personId]").val()).isEqualTo(JEANNE);
        assertThat(page.select("#erasure-form input[name=personId]").val()).isEqualTo(JEANNE);
        assertThat(page.select("label[for=erasure-confirmed]").text())
                .isEqualTo("Je confirme l’effacement définitif des données personnelles de la personne "
                        + "jeanne-dupont");
        assertThat(page.select("#erasure .notice.warn").text()).contains("L’effacement est définitif");
        assertThat(page.select("#erasure-form input[name=idempotencyKey]").val())
                .isNotBlank().isNotEqualTo(page.select("#rectification-form input[name=idempotencyKey]").val());
    }

    @Test
    void inEnglish_thePageReadsInEnglish() throws Exception {
        Document page = page(get("/people").param("person", JEANNE).param("lang", "en").session(admin()), 200);

        assertThat(page.select("h1").text()).isEqualTo("Personal data");
        assertThat(page.select("#held p").text()).isEqualTo("Identifier jeanne-dupont: 6 values in 2 partnerships.");
        assertThat(page.select("#erase").text()).isEqualTo("Erase for good");
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "vault.unknown-person | 404 | Entente ne détient aucune donnée personnelle de cette personne",
        "vault.already-erased | 409 | ont déjà été effacées"})
    void anIdentifierNamingNobodyHeld_isExplainedBesideTheSearch_andNoFormIsOffered(String code, int status,
                                                                                   String sentence) throws Exception {
        when(personalData.held("someone")).thenThrow(new Refusal(status, code, "refused"));

        Document page = page(get("/people").param("person", "someone").session(admin()), status);

        assertThat(page.select("#find-refusal").attr("data-code")).isEqualTo(code);
        assertThat(page.select("#find-refusal").text()).startsWith("Rien n’a été fait.").contains(sentence);
        assertThat(page.select("#find-person").val()).isEqualTo("someone");
        assertThat(page.select("#rectification-form, #erasure-form")).isEmpty();
    }

    @Test
    void anIdentifierTheServiceWouldRefuse_isRefusedBeforeAsking() throws Exception {
        MockHttpSession admin = admin();

        Document tooLong = page(get("/people").param("person", "p".repeat(201)).session(admin), 400);
        Document control = page(get("/people").param("person", "jeanne\u0007").session(admin), 400);

        assertThat(tooLong.select("#find-person-error").text())
                .isEqualTo("Un identifiant compte de 1 à 200 caractères, sans caractère de contrôle.");
        assertThat(control.select("#find-person").attr("aria-invalid")).isEqualTo("true");
        assertThat(control.select("#find-person").attr("aria-describedby")).isEqualTo("find-person-error find-hint");
        verify(personalData, never()).held(anyString());
    }

    @Test
    void anyoneButAnAdministrator_isToldTheyHaveNoAccess_andCanSendNothing() throws Exception {
        MockHttpSession claire = signedInAs("claire-martin");

        Document refused = page(get("/people").session(claire), 403);
        page(get("/people").param("person", JEANNE).session(claire), 403);
        page(erasure(JEANNE, true).session(claire), 403);
        page(rectification(JEANNE, "Jeanne Martin", "").session(claire), 403);

        assertThat(refused.select("nav a")).as("her own navigation").isNotEmpty();
        assertThat(refused.select("nav a[href=/people]")).isEmpty();
        assertThat(refused.text()).contains("Vous n’avez pas accès à cette page.");
        verify(personalData, never()).held(anyString());
        verify(personalData, never()).erase(anyString(), anyString());
        verify(personalData, never()).rectify(anyString(), any(), any(), anyString());
    }

    @Test
    void anErasureNotConfirmed_isRefusedOnThePage_andNothingIsErased() throws Exception {
        Document page = page(erasure(JEANNE, false).session(admin()), 400);

        assertThat(page.select("#erasure-confirmed-error").text()).isEqualTo("Cochez cette case pour confirmer.");
        assertThat(page.select("#erasure-confirmed").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#held-title").text()).as("still shown whom it names").isEqualTo("Jeanne Dupont");
        verify(personalData, never()).erase(anyString(), anyString());
    }

    @Test
    void aConfirmedErasure_isSentWithTheFormsKey_andThePageSaysWhatWasErased_once() throws Exception {
        when(personalData.erase(JEANNE, KEY)).thenReturn(new PersonalData.Erased(6, 2));
        MockHttpSession admin = admin();

        mvc.perform(erasure(JEANNE, true).session(admin)).andExpect(redirectedUrl("/people"));
        Document after = page(get("/people").session(admin), 200);
        Document reloaded = page(get("/people").session(admin), 200);

        assertThat(after.select("#erased").text()).isEqualTo("Effacé pour jeanne-dupont : 6 valeurs dans "
                + "2 partenariats. Les preuves du registre restent valides.");
        assertThat(reloaded.select("#erased")).isEmpty();
        verify(personalData).erase(JEANNE, KEY);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "vault.own-erasure | 409 | Vos propres données sont effacées par une autre personne de l’administration",
        "rate-limited      | 429 | réessayez dans une minute"})
    void anErasureTheServiceRefuses_isExplainedBesideItsForm_keptWithANewKey(String code, int status,
                                                                            String sentence) throws Exception {
        when(personalData.erase(JEANNE, KEY)).thenThrow(new Refusal(status, code, "refused"));

        Document page = page(erasure(JEANNE, true).session(admin()), status);

        assertThat(page.select("#erasure-refusal").attr("data-code")).isEqualTo(code);
        assertThat(page.select("#erasure-refusal").text()).startsWith("Rien n’a été fait.").contains(sentence);
        assertThat(page.select("#find-refusal, #rectification-refusal")).isEmpty();
        assertThat(page.select("#erasure-form input[name=personId]").val()).isEqualTo(JEANNE);
        assertThat(page.select("#erasure-confirmed").hasAttr("checked")).as("confirmed again, knowingly").isFalse();
        assertThat(page.select("#erasure-form input[name=idempotencyKey]").val()).isNotBlank().isNotEqualTo(KEY);
    }

    @Test
    void aPersonErasedMeanwhile_isSaidBesideTheSearch_andNoFormIsOfferedAnyMore() throws Exception {
        when(personalData.erase(JEANNE, KEY)).thenThrow(new Refusal(409, "vault.already-erased", "erased"));
        when(personalData.held(JEANNE)).thenThrow(new Refusal(409, "vault.already-erased", "erased"));

        Document page = page(erasure(JEANNE, true).session(admin()), 409);

        assertThat(page.select("#find-refusal").text()).contains("ont déjà été effacées");
        assertThat(page.select("#rectification-form, #erasure-form")).isEmpty();
    }

    @Test
    void aRectifiedName_isSent_theCapacityLeftAsItIs_andThePageShowsThePersonCorrected() throws Exception {
        when(personalData.rectify(JEANNE, "Jeanne Martin", null, KEY)).thenReturn(new PersonalData.Rectified(2, 0));
        MockHttpSession admin = admin();

        mvc.perform(rectification(JEANNE, " Jeanne Martin ", " ").session(admin))
                .andExpect(redirectedUrl("/people?person=jeanne-dupont"));
        when(personalData.held(JEANNE)).thenReturn(new PersonalData.Held(JEANNE, List.of("Jeanne Martin"), 6, 2));
        // The flash is for the address redirected to, query included, as a browser follows it.
        Document after = page(get("/people?person=" + JEANNE).session(admin), 200);

        assertThat(after.select("#rectified").text()).isEqualTo("Corrigé pour jeanne-dupont : le nom dans "
                + "2 partenariats, la qualité dans aucun partenariat.");
        assertThat(after.select("#held-title").text()).isEqualTo("Jeanne Martin");
        verify(personalData).rectify(eq(JEANNE), eq("Jeanne Martin"), isNull(), eq(KEY));
    }

    @Test
    void aRectificationOfNothing_orOfAValueTheServiceWouldRefuse_isRefusedOnThePage_andNothingIsSent()
            throws Exception {
        MockHttpSession admin = admin();

        Document nothing = page(rectification(JEANNE, "", "  ").session(admin), 400);
        Document control = page(rectification(JEANNE, "Jeanne\u0007", "").session(admin), 400);
        Document tooLong = page(rectification(JEANNE, "", "D".repeat(201)).session(admin), 400);
        Document nextLine = page(rectification(JEANNE, "", "Directrice\u0085").session(admin), 400);

        assertThat(nothing.select("#rectification-name-error").text())
                .isEqualTo("Indiquez le nom corrigé, la qualité corrigée, ou les deux.");
        assertThat(control.select("#rectification-name-error").text()).isEqualTo("Ce format n’est pas accepté.");
        assertThat(tooLong.select("#rectification-capacity-error").text())
                .isEqualTo("Ce texte est trop long (au plus 200 caractères).");
        assertThat(tooLong.select("#rectification-capacity").val()).as("kept as typed").hasSize(201);
        assertThat(nextLine.select("#rectification-capacity-error").text()).as("a C1 control, U+0085")
                .isEqualTo("Ce format n’est pas accepté.");
        verify(personalData, never()).rectify(anyString(), any(), any(), anyString());
    }

    @Test
    void aRectificationOfAPersonErasedMeanwhile_isExplained_andNoFormIsOfferedAnyMore() throws Exception {
        when(personalData.rectify(JEANNE, null, "Directrice", KEY))
                .thenThrow(new Refusal(409, "vault.person-erased", "erased"));
        when(personalData.held(JEANNE)).thenThrow(new Refusal(409, "vault.already-erased", "erased"));

        Document page = page(rectification(JEANNE, "", "Directrice").session(admin()), 409);

        assertThat(page.select("#find-refusal").text())
                .contains("ont été effacées : il n’y a plus rien à corriger.");
        assertThat(page.select("#rectification-form")).isEmpty();
    }

    @Test
    void aServiceThatDoesNotAnswer_saysSo_andAnExpiredSessionSignsInAgain() throws Exception {
        when(personalData.held("someone")).thenThrow(new Unreachable("command-service", null));
        when(personalData.rectify(JEANNE, "Jeanne", null, KEY)).thenThrow(new Refusal(401, "unauthenticated", "x"));

        Document unreachable = page(get("/people").param("person", "someone").session(admin()), 503);
        mvc.perform(rectification(JEANNE, "Jeanne", "").session(admin()))
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
