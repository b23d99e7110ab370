package org.entente.web.deadlines;

import org.entente.web.Fixtures;
import org.entente.web.PageTest;
import org.entente.web.api.Calendars;
import org.entente.web.api.Deadlines;
import org.entente.web.api.Refusal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Échéances", a partnership's next deadlines, and the calendar feed made, shown once, revoked and read. */
class DeadlinePagesTest extends PageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Deadlines.Item OVERDUE = item("EVALUATION", LocalDate.of(2026, 7, 1), "OVERDUE",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31));
    private static final Deadlines.Item NOTICE = item("NOTICE_DEADLINE", LocalDate.of(2026, 12, 20), "COMING",
            null, null, null);
    private static final Deadlines.Item RENEWAL = item("TACIT_RENEWAL", LocalDate.of(2026, 12, 31), "COMING",
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null);
    private static final Deadlines DEADLINES = new Deadlines(TODAY, List.of(OVERDUE, NOTICE, RENEWAL));

    @Test
    void theWorkspace_showsWhatIsLateFirst_thenWhatIsComing_inFrench() throws Exception {
        when(calendars.ofInstitution(12)).thenReturn(DEADLINES);
        when(calendars.feed()).thenReturn(Optional.empty());

        Document page = page(get("/echeances").session(signedInAs("claire-martin")), 200);

        assertThat(page.select("nav a[href=/echeances]").text()).isEqualTo("Échéances");
        assertThat(page.select("#pressing tbody tr").text()).contains("1er juillet 2026", "Évaluation",
                "de la période du 1er janvier 2026 au 30 juin 2026", "En retard", "ENT-0B5C");
        assertThat(page.select("#pressing tbody tr.overdue")).hasSize(1);
        assertThat(page.select("#coming tbody tr")).hasSize(2);
        assertThat(page.select("#coming tbody tr").get(1).text()).contains("Reconduction tacite",
                "sans préavis, reconduite du 1er janvier 2027 au 31 décembre 2027");
        assertThat(page.select("#feed-none").text()).contains("pas d’adresse d’abonnement");
    }

    @Test
    void inEnglish_theSameDeadlines_readInEnglish() throws Exception {
        when(calendars.ofInstitution(12)).thenReturn(DEADLINES);
        when(calendars.feed()).thenReturn(Optional.empty());

        Document page = page(get("/echeances").param("lang", "en").session(signedInAs("claire-martin")), 200);

        assertThat(page.select("#pressing tbody tr").text()).contains("Evaluation", "Overdue");
        assertThat(page.select("#coming tbody tr").get(0).text()).contains("Last day to give notice of non-renewal");
    }

    @Test
    void aLongerHorizon_isAskedOfTheQuerySide_andAnUnknownOne_readsAsAYear() throws Exception {
        when(calendars.ofInstitution(36)).thenReturn(DEADLINES);
        when(calendars.ofInstitution(12)).thenReturn(new Deadlines(TODAY, List.of()));
        when(calendars.feed()).thenReturn(Optional.empty());
        MockHttpSession claire = signedInAs("claire-martin");

        Document threeYears = page(get("/echeances").param("horizon", "36").session(claire), 200);
        Document nonsense = page(get("/echeances").param("horizon", "x'--").session(claire), 200);

        assertThat(threeYears.select("#coming-title").text()).isEqualTo("À venir dans les trois ans");
        assertThat(threeYears.select("#horizon option[selected]").val()).isEqualTo("36");
        assertThat(nonsense.select("#coming-title").text()).isEqualTo("À venir dans l’année");
        assertThat(nonsense.select("#coming").text()).contains("Aucune échéance à venir dans cette période.");
    }

    @Test
    void aPartnershipPage_showsItsNextDeadlines() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(new org.entente.web.api.HistoryPage(List.of(), 0, 500, 0));
        when(calendars.ofPartnership(Fixtures.ID)).thenReturn(DEADLINES);

        Document page = page(get("/partnerships/" + Fixtures.ID).session(signedInAs("claire-martin")), 200);

        assertThat(page.select("#deadlines li")).hasSize(3);
        assertThat(page.select("#deadlines li").first().text()).contains("Évaluation", "En retard");
        assertThat(page.select("#deadlines a[href=/echeances]")).hasSize(1);
    }

    @Test
    void makingAFeed_showsItsAddressOnce_andRevokingIt_saysSo() throws Exception {
        MockHttpSession claire = signedInAs("claire-martin");
        when(calendars.openFeed("en")).thenReturn(new Calendars.NewFeed("s3cret", "en", Instant.now()));

        mvc.perform(post("/echeances/calendrier").param("language", "en").with(csrf()).session(claire))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("feedUrl", "http://localhost/calendrier/s3cret.ics"));
        mvc.perform(post("/echeances/calendrier/revocation").with(csrf()).session(claire))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("feedRevoked", true));

        verify(calendars).revokeFeed();
    }

    @Test
    void anOpenFeed_isNamed_withoutItsAddress() throws Exception {
        when(calendars.ofInstitution(12)).thenReturn(DEADLINES);
        when(calendars.feed()).thenReturn(Optional.of(new Calendars.Feed("fr",
                Instant.parse("2026-11-02T09:00:00Z"), "Claire Martin")));

        Document page = page(get("/echeances").session(signedInAs("claire-martin")), 200);

        assertThat(page.select("#feed-open").text()).contains("Claire Martin", "2 novembre 2026");
        assertThat(page.select("#feed-url")).isEmpty();
        assertThat(page.select("#feed-revoke-button")).hasSize(1);
    }

    @Test
    void aCalendarApplication_readsTheFeedWithoutSigningIn() throws Exception {
        when(calendars.feedText("s3cret")).thenReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

        mvc.perform(get("/calendrier/s3cret.ics")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(content().string("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void aRevokedFeed_isNotFound_asAPage() throws Exception {
        when(calendars.feedText("old")).thenThrow(new Refusal(404, "not-found", "This calendar feed was not found."));

        mvc.perform(get("/calendrier/old.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aReporter_neitherSeesDeadlines_norManagesAFeed() throws Exception {
        MockHttpSession remi = signedInAs("remi-rapport");

        mvc.perform(get("/echeances").session(remi)).andExpect(status().isForbidden());
        mvc.perform(post("/echeances/calendrier").with(csrf()).session(remi)).andExpect(status().isForbidden());
        verify(calendars, never()).openFeed(org.mockito.ArgumentMatchers.anyString());
    }

    private static Deadlines.Item item(String kind, LocalDate date, String standing, LocalDate from, LocalDate to,
                                       LocalDate late) {
        return new Deadlines.Item(Fixtures.ID, "ENT-0B5C", "Contrat Enfance Jeunesse Metz-Nord", kind, date,
                standing, from, to, late);
    }
}
