package org.entente.web.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.Institution;
import org.entente.events.PartnerRole;
import org.entente.events.PartnershipStatus;
import org.entente.web.Fixtures;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;
import org.entente.web.api.HistoryPage;
import org.entente.web.api.Partnership;
import org.entente.web.api.PortfolioPage;
import org.entente.web.api.Summary;
import org.entente.web.api.TermsDiff;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages as a person reads them (issue 18): one development banner, each role's checkbox beside its label,
 * people and institutions by name, and every number and date in the person's language through {@link Formats}.
 */
class AsAPersonSeesThemPagesTest extends org.entente.web.PageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** French groups thousands with a narrow no-break space (and puts a no-break space, read as one, before €). */
    private static final String THIN = "\u202f";
    private static final String NBSP = " ";

    @Test
    void theSignInPage_saysDevelopmentModeOnce_andPutsEachRoleCheckboxBesideItsOwnLabel() throws Exception {
        Document page = page(get("/signin"), 200);

        assertThat(page.getElementsContainingOwnText("Mode développement")).hasSize(1);
        List<Element> boxes = page.select("form[action$=/signin/identity] input[type=checkbox]");
        assertThat(boxes).hasSize(5);
        for (Element box : boxes) {
            Element line = box.parent();
            assertThat(line.hasClass("check")).as("the line of %s", box.id()).isTrue();
            assertThat(line.children()).hasSize(2);
            assertThat(box.nextElementSibling().tagName()).isEqualTo("label");
            assertThat(box.nextElementSibling().attr("for")).isEqualTo(box.id());
        }
    }

    @Test
    void theSignInPage_namesEachPersonsInstitution_withItsIdBeside() throws Exception {
        Document page = page(get("/signin"), 200);

        Element claire = page.select("button[data-person=claire-martin]").first().closest("tr");
        assertThat(claire.select(".institution").text()).isEqualTo("CCAS de Metz ccas-metz");
        assertThat(claire.select("td code.id").text()).isEqualTo("ccas-metz");
    }

    @Test
    void aSignedInPage_showsTheDevelopmentBannerOnce() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(history());

        Document page = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200);

        assertThat(page.getElementsContainingOwnText("Mode développement")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void thePartnershipsTimeline_namesWhoActed_notTheirSubject() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(history());

        Document page = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200);

        assertThat(page.select("#timeline li").eachText()).anySatisfy(step ->
                assertThat(step).contains("Karim Benali (CAF-57)"));
        assertThat(page.select("#timeline").text()).doesNotContain("karim-benali");
    }

    /** A step Entente recorded by itself as a date came names no person and no institution (there is none). */
    @Test
    void aStepOfTheCalendar_saysEntenteRecordedIt_inFrenchAndInEnglish() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(new HistoryPage(List.of(new HistoryPage.Step(1,
                "PartnershipRenewedTacitly", Instant.parse("2026-12-06T10:00:00Z"), java.time.LocalDate.of(2025, 2,
                15), "system", "Entente", null, json("{\"start\":\"2025-02-15\"}"))), 0, 500, 1));

        Document french = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200);
        Document english = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin"))
                .header("Accept-Language", "en"), 200);

        assertThat(french.select("#timeline li").text()).contains("Entente, d’elle-même (échéance du calendrier)")
                .doesNotContain("null").doesNotContain("system");
        assertThat(english.select("#timeline li").text()).contains("Entente, by itself (a date of the calendar)")
                .doesNotContain("null");
    }

    /** A step of an imported convention: the day it took effect first, when it was recorded beside it. */
    @Test
    void anImportedStep_showsTheDayItTookEffect_andWhenItWasRecorded_inFrenchAndInEnglish() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(new HistoryPage(List.of(new HistoryPage.Step(1, "TermsProposed",
                Instant.parse("2026-12-06T10:00:00Z"), java.time.LocalDate.of(2023, 3, 14), "karim-benali",
                "Karim Benali", "caf-57", json("{\"version\":2}"))), 0, 500, 1));

        Document french = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200);
        Document english = page(get("/audit/partnerships/{id}", Fixtures.ID).session(signedInAs("anne-audit"))
                .header("Accept-Language", "en"), 200);

        assertThat(french.select("#timeline li .when time.effective").attr("datetime")).isEqualTo("2023-03-14");
        assertThat(french.select("#timeline li .when").text()).startsWith("14 mars 2023 (enregistré le 6 décembre 2026");
        assertThat(english.select("#audit-timeline tbody td time.effective").text()).isEqualTo("14 March 2023");
        assertThat(english.select("#audit-timeline tbody td .recorded").text()).startsWith("(recorded 6 December 2026");
    }

    /** A convention brought in: its partners joined and signed on the paper's days, recorded in Entente today. */
    @Test
    void anImportedConvention_showsItsPartnersAndSignaturesOnTheirRealDays_andWhenEntenteRecordedThem()
            throws Exception {
        Instant recorded = Instant.parse("2026-12-06T10:00:00Z");
        List<Partnership.Partner> partners = List.of(
                new Partnership.Partner("ccas-metz", "CCAS de Metz", Institution.Kind.LOCAL_AUTHORITY,
                        PartnerRole.LEAD, Partnership.Standing.ACTIVE, recorded, LocalDate.of(2023, 1, 10)),
                new Partnership.Partner("caf-57", "CAF de la Moselle", Institution.Kind.SOCIAL_SECURITY_FUND,
                        PartnerRole.FUNDER, Partnership.Standing.ACTIVE, recorded, LocalDate.of(2023, 2, 1)));
        Partnership.Agreement agreement = new Partnership.Agreement(1, Fixtures.HASH, List.of(
                new Partnership.Signature("ccas-metz", "Claire Martin", "Présidente", recorded,
                        LocalDate.of(2023, 3, 14)),
                new Partnership.Signature("caf-57", "Karim Benali", "Directeur", recorded.plusSeconds(60), null)));
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.partnership(PartnershipStatus.ACTIVE, agreement,
                List.of(), 12, partners, List.of("ccas-metz", "caf-57")));
        when(query.history(Fixtures.ID)).thenReturn(new HistoryPage(List.of(), 0, 500, 0));

        Document french = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200);
        Document english = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin"))
                .header("Accept-Language", "en"), 200);

        assertThat(french.select("#partners tr[data-institution=caf-57] td.since").text())
                .isEqualTo("1er février 2023 (enregistré le 6 décembre 2026)");
        assertThat(french.select("#partners td.since time.effective").eachAttr("datetime"))
                .containsExactly("2023-01-10", "2023-02-01");
        assertThat(french.select("#proposed-at").text()).startsWith("10 janvier 2023 (enregistré le 1er mars 2026");
        assertThat(french.select("#signatures li").get(0).text()).startsWith(
                "CCAS de Metz — Signé par Claire Martin (Présidente) le 14 mars 2023 (enregistré le 6 décembre 2026");
        assertThat(french.select("#signatures li").get(1).select("time.effective")).isEmpty();
        assertThat(french.select("#signatures li").get(1).text()).startsWith(
                "CAF de la Moselle — Signé par Karim Benali (Directeur) le 6 décembre 2026");
        assertThat(english.select("#signatures li").get(0).text()).startsWith(
                "CCAS de Metz — Signed by Claire Martin (Présidente) on 14 March 2023 (recorded 6 December 2026");
    }

    /** Renewed tacitly, a convention runs a later term than its terms' dates: the page says which. */
    @Test
    void aRenewedConvention_showsTheTermRunningNow_besideItsTermsDates() throws Exception {
        Partnership active = Fixtures.partnership(PartnershipStatus.ACTIVE, Fixtures.agreement("ccas-metz", "caf-57",
                "ligue-57"), List.of(), 12);
        when(query.history(Fixtures.ID)).thenReturn(new HistoryPage(List.of(), 0, 500, 0));
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.inTerm(active, LocalDate.of(2030, 1, 1),
                LocalDate.of(2033, 12, 31)));

        Document renewed = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200);
        Document english = page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin"))
                .header("Accept-Language", "en"), 200);

        assertThat(renewed.select("#terms").text()).contains("Du 1er janvier 2026 au 31 décembre 2029");
        assertThat(renewed.select("#current-term").text()).isEqualTo(
                "Période en cours, après reconduction tacite : du 1er janvier 2030 au 31 décembre 2033");
        assertThat(english.select("#current-term").text()).isEqualTo(
                "Current term, after tacit renewal: from 1 January 2030 to 31 December 2033");

        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.inTerm(active, LocalDate.of(2026, 1, 1),
                LocalDate.of(2029, 12, 31)));
        assertThat(page(get("/partnerships/{id}", Fixtures.ID).session(signedInAs("claire-martin")), 200)
                .select("#current-term")).isEmpty();
    }

    @Test
    void theAuditTimeline_namesTheActor_andKeepsTheirSubjectOutOfTheText() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(history());

        Document page = page(get("/audit/partnerships/{id}", Fixtures.ID).session(signedInAs("anne-audit")), 200);

        Element actor = page.select("#audit-timeline tbody tr").first().select("td").get(3);
        assertThat(actor.text()).isEqualTo("Karim Benali");
        assertThat(actor.select("span").attr("title")).as("for an auditor who needs it, on hover")
                .isEqualTo("karim-benali");
    }

    @Test
    void amounts_inFrench_and_inEnglish_withoutCentsWhenThereAreNone() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.history(Fixtures.ID)).thenReturn(history());
        MockHttpSession claire = signedInAs("claire-martin");

        Document french = page(get("/partnerships/{id}", Fixtures.ID).session(claire), 200);
        Document english = page(get("/partnerships/{id}", Fixtures.ID).session(claire).param("lang", "en"), 200);

        assertThat(french.select("#terms td").eachText()).contains("180" + THIN + "000" + NBSP + "€");
        assertThat(english.select("#terms td").eachText()).contains("€180,000");
        assertThat(english.select("#timeline time").first().text()).contains("4 March 2026");
    }

    @Test
    void theRedline_showsAmountsDatesAndInstitutions_asThePersonReadsThem_notAsTheJsonHasThem() throws Exception {
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.diff(eq(Fixtures.ID), anyInt(), anyInt())).thenReturn(new TermsDiff(1, 2, List.of(
                new TermsDiff.Change("contributions[0]", "CHANGED",
                        json("{\"institutionId\":\"caf-57\",\"amountEur\":20000,\"fte\":1.5}"),
                        json("{\"institutionId\":\"caf-57\",\"amountEur\":18000,\"fte\":0.5}"), null),
                new TermsDiff.Change("duration", "CHANGED", json("{\"start\":\"2027-01-01\"}"),
                        json("{\"start\":\"2027-09-01\"}"), null))));
        MockHttpSession anne = signedInAs("anne-audit");

        Document french = page(get("/partnerships/{id}/redline", Fixtures.ID).param("from", "1").param("to", "2")
                .session(anne), 200);
        Document english = page(get("/partnerships/{id}/redline", Fixtures.ID).param("from", "1").param("to", "2")
                .param("lang", "en").session(anne), 200);

        assertThat(french.select("section.redline del, section.redline ins").eachText()).contains(
                "20" + THIN + "000" + NBSP + "€", "18" + THIN + "000" + NBSP + "€", "1,5", "0,5", "1er janvier 2027",
                "1er septembre 2027");
        assertThat(french.select("section.redline td").eachText()).contains("CAF-57").doesNotContain("caf-57");
        assertThat(english.select("section.redline del, section.redline ins").eachText()).contains("€20,000",
                "€18,000", "1.5", "0.5", "1 January 2027");
    }

    @Test
    void theDashboardsFigures_andTheLedgersSize_areNumbersInThePersonsFormat() throws Exception {
        when(query.summary()).thenReturn(new Summary(12345, List.of(new Summary.Count("ACTIVE", 12345)), List.of(),
                List.of(), 12.5, List.of(new Summary.Rating("PROJECT", "Metz", 1200, 3.5))));
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());
        when(query.verification(Fixtures.ID)).thenReturn(json(
                "{\"verified\":true,\"checkpoint\":{\"origin\":\"o\",\"size\":12345,\"rootHash\":\"r\",\"keyId\":\"k\"},"
                        + "\"events\":[]}"));
        MockHttpSession anne = signedInAs("anne-audit");

        Document french = page(get("/dashboard").session(anne), 200);
        Document english = page(get("/dashboard").param("lang", "en").session(anne), 200);
        Document verification = page(get("/audit/partnerships/{id}/verification", Fixtures.ID).session(anne), 200);

        assertThat(french.select("#total").text()).startsWith("12" + THIN + "345");
        assertThat(french.select("#median").text()).contains("12,5");
        assertThat(french.select("#ratings td").eachText()).contains("1" + THIN + "200", "3,5");
        assertThat(english.select("#median").text()).contains("12.5");
        assertThat(english.select("#ratings td").eachText()).contains("1,200", "3.5");
        assertThat(verification.select("#tree-size").text()).isEqualTo("12" + THIN + "345");
    }

    @Test
    void thePortfolio_namesTheLeadInstitution_withItsIdAsATitle() throws Exception {
        when(query.portfolio(org.mockito.ArgumentMatchers.any())).thenReturn(new PortfolioPage(List.of(
                new PortfolioPage.Item(Fixtures.ID, "ENT-0B5C", "Contrat", PartnershipType.PROJECT, PartnershipStatus.ACTIVE,
                        new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), "ccas-metz", "CCAS de Metz",
                        Instant.parse("2026-03-01T10:00:00Z"), 5)), 0, 20, 1));

        Document page = page(get("/audit").session(signedInAs("anne-audit")), 200);

        Element lead = page.select("#portfolio-table tbody td").get(5);
        assertThat(lead.text()).isEqualTo("CCAS de Metz");
        assertThat(lead.attr("title")).isEqualTo("ccas-metz");
    }

    @Test
    void thePortfoliosSearchField_isStyledAsTheOtherFilterFields() throws Exception {
        String css = mvc.perform(get("/css/entente.css")).andReturn().getResponse().getContentAsString();

        String fields = css.lines().filter(line -> line.startsWith("input[type=text]")).findFirst().orElseThrow();
        assertThat(fields).contains("input[type=search]", "min-width");
    }

    private static HistoryPage history() throws Exception {
        return new HistoryPage(List.of(new HistoryPage.Step(1, "TermsProposed", Instant.parse("2026-03-04T10:00:00Z"), null,
                "karim-benali", "Karim Benali", "caf-57", json("{\"version\":2,\"rationale\":\"Moins\"}"))), 0, 500, 1);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
