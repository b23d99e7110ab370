package org.entente.web.proposal;

import org.entente.web.Fixtures;
import org.entente.web.api.Accepted;
import org.entente.web.api.Refusal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpSession;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** The guided proposal: each step checks its own fields, and the last sends one request, once. */
class ProposalPagesTest extends org.entente.web.PageTest {

    private MockHttpSession claire;

    @BeforeEach
    void start() throws Exception {
        claire = signedInAs(0);
        mvc.perform(get("/proposals/new").session(claire)).andExpect(redirectedUrl("/proposals/new/identity"));
    }

    @Test
    void theIdentityStep_refusesMissingFields_inPlainLanguage() throws Exception {
        Document page = page(post("/proposals/new/identity").session(claire).with(csrf()).param("title", "")
                .param("purpose", "x".repeat(4001)), 400);

        assertThat(page.select("#title-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("#purpose-error").text().replace('\u202f', ' ').replace('\u00a0', ' '))
                .isEqualTo("Ce texte est trop long (au plus 4 000 caractères).");
        assertThat(page.select("#type-error").text()).isEqualTo("Ce champ est obligatoire.");
        assertThat(page.select("li[aria-current=step]").text()).contains("1. Le partenariat");
    }

    @Test
    void thePartnersStep_needsOneCompleteInvitation_andNoInstitutionTwice() throws Exception {
        identity();
        Document none = page(post("/proposals/new/partners").session(claire).with(csrf()), 400);
        Document twice = page(post("/proposals/new/partners").session(claire).with(csrf())
                .params(invitation(0, "caf-57")).params(invitation(1, "caf-57"))
                .param("invitations[2].institutionId", "ligue-57"), 400);

        assertThat(none.text()).contains("Invitez au moins une institution.");
        assertThat(twice.text()).contains("Cette institution est déjà invitée.",
                "Complétez l’identifiant, le nom, la nature et le rôle de cette institution, ou videz la ligne.");
    }

    @Test
    void theTermsStep_needsAnObjective() throws Exception {
        identity();
        partners();
        Document page = page(post("/proposals/new/terms").session(claire).with(csrf()).params(terms(false)), 400);

        assertThat(page.text()).contains("Indiquez au moins un objectif.");
    }

    @Test
    void theReview_sendsOneProposal_withTheKeyMadeWhenItStarted_andOpensThePartnership() throws Exception {
        identity();
        partners();
        mvc.perform(post("/proposals/new/terms").session(claire).with(csrf()).params(terms(true)))
                .andExpect(redirectedUrl("/proposals/new/review"));
        Document review = page(get("/proposals/new/review").session(claire), 200);
        String key = review.select("input[name=idempotencyKey]").val();
        when(commands.send(eq("/partnerships"), any(), isNull(), eq(key))).thenReturn(new Accepted(Fixtures.ID, 2));

        mvc.perform(post("/proposals/new/submit").session(claire).with(csrf()).param("idempotencyKey", key))
                .andExpect(redirectedUrl("/partnerships/" + Fixtures.ID));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(commands, times(1)).send(eq("/partnerships"), body.capture(), isNull(), eq(key));
        assertThat(body.getValue()).containsEntry("title", "Accueil de loisirs").containsKeys("lead", "territory",
                "terms", "invitations");
        assertThat((java.util.List<?>) body.getValue().get("invitations")).hasSize(1);
    }

    @Test
    void anExistingConvention_isProposedWithTheDayItWasProposed_shownOnTheReview() throws Exception {
        mvc.perform(post("/proposals/new/identity").session(claire).with(csrf()).param("title", "Accueil de loisirs")
                        .param("purpose", "Le mercredi").param("type", "PROJECT")
                        .param("legalBasisKind", "PARTNERSHIP_AGREEMENT").param("territoryLevel", "MUNICIPALITY")
                        .param("territoryName", "Metz").param("leadName", "CCAS de Metz")
                        .param("leadKind", "LOCAL_AUTHORITY").param("effectiveDate", "2023-01-10"))
                .andExpect(redirectedUrl("/proposals/new/partners"));
        partners();
        mvc.perform(post("/proposals/new/terms").session(claire).with(csrf()).params(terms(true)));
        Document review = page(get("/proposals/new/review").session(claire), 200);
        String key = review.select("input[name=idempotencyKey]").val();
        when(commands.send(eq("/partnerships"), any(), isNull(), eq(key))).thenReturn(new Accepted(Fixtures.ID, 2));

        mvc.perform(post("/proposals/new/submit").session(claire).with(csrf()).param("idempotencyKey", key));

        assertThat(review.select("#review-effective-date").text()).isEqualTo("10 janvier 2023");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(commands).send(eq("/partnerships"), body.capture(), isNull(), eq(key));
        assertThat(body.getValue()).containsEntry("effectiveDate", java.time.LocalDate.of(2023, 1, 10));
    }

    @Test
    void aNewConvention_sendsNoEffectiveDate_andItsIdentityStep_offersTheImportFolded() throws Exception {
        Document identity = page(get("/proposals/new/identity").session(claire), 200);
        identity();
        partners();
        mvc.perform(post("/proposals/new/terms").session(claire).with(csrf()).params(terms(true)));
        String key = page(get("/proposals/new/review").session(claire), 200).select("input[name=idempotencyKey]").val();
        when(commands.send(eq("/partnerships"), any(), isNull(), eq(key))).thenReturn(new Accepted(Fixtures.ID, 2));

        mvc.perform(post("/proposals/new/submit").session(claire).with(csrf()).param("idempotencyKey", key));

        assertThat(identity.select("details#reprise").hasAttr("open")).isFalse();
        assertThat(identity.select("details#reprise summary").text()).isEqualTo("Reprise d’une convention existante");
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> body = ArgumentCaptor.forClass(Map.class);
        verify(commands).send(eq("/partnerships"), body.capture(), isNull(), eq(key));
        assertThat(body.getValue()).doesNotContainKey("effectiveDate");
    }

    @Test
    void aRefusedProposal_isExplainedOnTheReview_andTheNextTryIsANewRequest() throws Exception {
        identity();
        partners();
        mvc.perform(post("/proposals/new/terms").session(claire).with(csrf()).params(terms(true)));
        String key = page(get("/proposals/new/review").session(claire), 200).select("input[name=idempotencyKey]").val();
        when(commands.send(anyString(), any(), any(), anyString()))
                .thenThrow(new Refusal(422, "contributor-not-a-partner", "x is not a partner"));

        Document page = page(post("/proposals/new/submit").session(claire).with(csrf()).param("idempotencyKey", key),
                422);

        assertThat(page.select("#refusal").text()).contains(
                "Une contribution est attribuée à une institution qui n’est pas partenaire.");
        assertThat(page.select("input[name=idempotencyKey]").val()).isNotEqualTo(key);
    }

    @Test
    void nothingIsSent_beforeTheReview() throws Exception {
        identity();
        verify(commands, never()).send(anyString(), any(), any(), any());
    }

    private void identity() throws Exception {
        mvc.perform(post("/proposals/new/identity").session(claire).with(csrf()).param("title", "Accueil de loisirs")
                        .param("purpose", "Le mercredi").param("type", "PROJECT")
                        .param("legalBasisKind", "PARTNERSHIP_AGREEMENT").param("territoryLevel", "MUNICIPALITY")
                        .param("territoryName", "Metz").param("leadName", "CCAS de Metz")
                        .param("leadKind", "LOCAL_AUTHORITY"))
                .andExpect(redirectedUrl("/proposals/new/partners"));
    }

    private void partners() throws Exception {
        mvc.perform(post("/proposals/new/partners").session(claire).with(csrf()).params(invitation(0, "caf-57")))
                .andExpect(redirectedUrl("/proposals/new/terms"));
    }

    private static org.springframework.util.MultiValueMap<String, String> invitation(int row, String id) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("invitations[" + row + "].institutionId", id);
        params.add("invitations[" + row + "].name", "Institution " + id);
        params.add("invitations[" + row + "].kind", "SOCIAL_SECURITY_FUND");
        params.add("invitations[" + row + "].role", "FUNDER");
        return params;
    }

    private static org.springframework.util.MultiValueMap<String, String> terms(boolean withObjective) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("terms.objectives[0].statement", withObjective ? "Accueillir 30 enfants" : "");
        params.add("terms.steeringCommittee", "Un élu par partenaire");
        params.add("terms.meetingFrequency", "trimestrielle");
        params.add("terms.decisionRule", "consensus");
        params.add("terms.start", "2027-01-01");
        params.add("terms.renewal", "NONE");
        params.add("terms.noticePeriodDays", "60");
        params.add("terms.evaluationFrequency", "annuelle");
        return params;
    }
}
