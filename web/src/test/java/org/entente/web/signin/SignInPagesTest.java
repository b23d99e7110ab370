package org.entente.web.signin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The development sign-in: who is offered, in which language, and what is refused. */
class SignInPagesTest extends org.entente.web.PageTest {

    @Test
    void theSignInPage_listsTheSeedPeople_theAuditorAndAReporter_andSaysItIsTheDevelopmentSignIn() throws Exception {
        Document page = page(get("/signin"), 200);

        assertThat(page.select("button[data-person]").eachAttr("data-person")).contains("claire-martin",
                "karim-benali", "amina-haddad", "anne-audit", "remi-rapport");
        assertThat(page.text()).contains("Anne Audit", "cour-des-comptes", "Mode développement",
                "aucun fournisseur OpenID Connect");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void theBrowsersLanguage_choosesEnglish_andTheSwitchIsRemembered() throws Exception {
        assertThat(page(get("/signin").header("Accept-Language", "en-GB,en;q=0.8"), 200).text())
                .contains("Development mode", "Sign in");

        var switched = mvc.perform(get("/signin").param("lang", "en")).andReturn().getResponse();
        assertThat(switched.getCookie("entente-lang").getValue()).isEqualTo("en-GB");
        assertThat(page(get("/signin").cookie(switched.getCookie("entente-lang")), 200).select("html").attr("lang"))
                .isEqualTo("en");
        assertThat(page(get("/signin").param("lang", "de"), 200).select("html").attr("lang")).isEqualTo("fr");
    }

    @Test
    void anotherIdentity_isCheckedFieldByField_inThePersonsLanguage() throws Exception {
        Document french = page(post("/signin/identity").param("name", " ").param("institutionId", "not an id!")
                .with(csrf()), 400);
        Document english = page(post("/signin/identity").param("name", "").param("institutionId", "")
                .header("Accept-Language", "en").with(csrf()), 400);

        assertThat(french.select("#name-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(french.select("#institution-error").text()).isEqualTo("Ce format n’est pas accepté.");
        assertThat(french.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(french.text()).contains("Choisissez au moins une valeur.");
        assertThat(english.select("#name-error").text()).isEqualTo("This field is required.");
    }

    @Test
    void anotherIdentity_signsInWithItsRoles_andLandsWhereItsRoleWorks() throws Exception {
        mvc.perform(post("/signin/identity").param("name", "Rita Report").param("institutionId", "insee")
                        .param("roles", "reporter").with(csrf()))
                .andExpect(redirectedUrl("/dashboard"));
        mvc.perform(post("/signin/person").param("index", "999").with(csrf()))
                .andExpect(redirectedUrl("/signin?unknown"));
    }

    /** Issue 20, requirement 7: a person and their institution by name, never by an id. */
    @Test
    void theHeader_namesThePersonAndTheirInstitution_neverAnId() throws Exception {
        Document claire = page(get("/proposals/new/identity").session(signedInAs("claire-martin")), 200);
        Document english = page(get("/proposals/new/identity").session(signedInAs("claire-martin"))
                .param("lang", "en"), 200);
        var someone = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/signin/identity").param("name", "Rita Partner").param("institutionId", "mairie-x")
                .param("roles", "partner").with(csrf()).session(someone)).andExpect(status().is3xxRedirection());
        Document unknownInstitution = page(get("/proposals/new/identity").session(someone), 200);

        assertThat(claire.select("header .who").text()).isEqualTo("Connecté·e : Claire Martin (CCAS de Metz)");
        assertThat(english.select("header .who").text()).isEqualTo("Signed in as Claire Martin (CCAS de Metz)");
        assertThat(unknownInstitution.select("header .who").text()).isEqualTo("Connecté·e : Rita Partner");
        assertThat(page(get("/signin"), 200).select("button[data-person]").eachAttr("data-person"))
                .contains("lea-schmitt").noneMatch(subject -> subject.contains("l-a-"));
    }

    @Test
    void aPageWithoutSignIn_sendsToTheSignIn_andAFormWithoutItsCsrfToken_isRefused() throws Exception {
        mvc.perform(get("/partnerships")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/partnerships").header("HX-Request", "true")).andExpect(status().isUnauthorized());
        mvc.perform(post("/signin/person").param("index", "0")).andExpect(status().isForbidden());
    }

    @Test
    void signingOut_endsTheSession() throws Exception {
        var session = signedInAs(0);
        mvc.perform(post("/signout").with(csrf()).session(session)).andExpect(redirectedUrl("/signin?signedOut"));
        mvc.perform(get("/partnerships").session(session)).andExpect(status().is3xxRedirection());
    }
}
