package org.entente.web.portfolio;

import org.entente.events.PartnershipStatus;
import org.entente.events.PartnershipType;
import org.entente.events.Territory;
import org.entente.web.Fixtures;
import org.entente.web.api.PortfolioFilter;
import org.entente.web.api.PortfolioPage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** "My partnerships" and the auditor's list: filters, sorting, paging and what awaits the person. */
class PortfolioPagesTest extends org.entente.web.PageTest {

    private static final PortfolioPage.Item ITEM = new PortfolioPage.Item(Fixtures.ID, "ENT-0B5C",
            "Contrat Enfance Jeunesse Metz-Nord", PartnershipType.PROJECT, PartnershipStatus.NEGOTIATING,
            new Territory(Territory.Level.MUNICIPALITY, "Metz", "57463"), "ccas-metz", "CCAS de Metz",
            Instant.parse("2026-03-01T10:00:00Z"), 5);

    @Test
    void aPartner_seesWhatAwaitsTheirAction_besideTheirPortfolio() throws Exception {
        when(query.portfolio(any())).thenReturn(new PortfolioPage(List.of(ITEM), 0, 20, 1));
        when(query.partnership(Fixtures.ID)).thenReturn(Fixtures.negotiating());

        Document page = page(get("/partnerships").session(signedInAs("claire-martin")), 200);

        assertThat(page.select("#awaiting li").text()).contains("Contrat Enfance Jeunesse Metz-Nord",
                "Une version des termes à approuver");
        assertThat(page.select("#portfolio-table tbody tr")).hasSize(1);
        assertThat(page.select("#portfolio-table td").eachText()).contains("En négociation", "Projet", "Metz",
                "1er mars 2026");
        assertThat(page.select("#f-institution")).as("a partner reads only their own institution's").isEmpty();
    }

    @Test
    void anAuditorsFilters_goToTheQuerySide_andStayInTheSortingAndPagingLinks() throws Exception {
        when(query.portfolio(any())).thenReturn(new PortfolioPage(List.of(ITEM), 1, 20, 45));

        Document page = page(get("/audit").param("q", "enfance").param("status", "ACTIVE").param("institution", "caf-57")
                .param("proposedFrom", "2026-01-01").param("page", "1").session(signedInAs("anne-audit")), 200);

        ArgumentCaptor<PortfolioFilter> filter = ArgumentCaptor.forClass(PortfolioFilter.class);
        verify(query, atLeastOnce()).portfolio(filter.capture());
        assertThat(filter.getValue()).extracting(PortfolioFilter::q, PortfolioFilter::status,
                PortfolioFilter::institution, PortfolioFilter::proposedFrom, PortfolioFilter::pageOrFirst)
                .containsExactly("enfance", PartnershipStatus.ACTIVE, "caf-57", LocalDate.of(2026, 1, 1), 1);
        assertThat(page.select("#f-q").val()).isEqualTo("enfance");
        assertThat(page.text()).contains("Page 2 sur 3");
        assertThat(page.select("a:contains(Page suivante)").attr("href")).contains("q=enfance", "status=ACTIVE",
                "institution=caf-57", "page=2");
        assertThat(page.select("th a:contains(Intitulé)").attr("href")).contains("sort=title", "status=ACTIVE");
        assertThat(page.select("#export-list-csv").attr("href")).contains("/audit/export.csv", "institution=caf-57");
        assertThat(page.select("form[method=post]:not([action$=/signout])")).isEmpty();
    }
}
