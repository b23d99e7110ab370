package org.entente.query.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.devstack.TestTokens;
import org.entente.events.PartnershipType;
import org.entente.query.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The portfolio: filters, order and pages, and only what the caller may see. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioIT {

    private static TestStack stack;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        stack = TestStack.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPartner_seesOnlyItsInstitutionsPartnerships_filteredAndSorted() throws Exception {
        String territory = territory();
        UUID alpha = propose("Alpha", PartnershipType.PROJECT, territory, "ccas-metz");
        UUID beta = propose("Beta", PartnershipType.FINANCIAL, territory, "ccas-metz");
        propose("Gamma", PartnershipType.PROJECT, territory, "ville-de-thionville");

        JsonNode mine = list("territory=" + territory + "&sort=title&direction=asc", partner("ccas-metz"));
        JsonNode projects = list("territory=" + territory + "&type=project", partner("ccas-metz"));

        assertThat(mine.get("total").asLong()).isEqualTo(2);
        assertThat(mine.get("items").findValuesAsText("id")).containsExactly(alpha.toString(), beta.toString());
        assertThat(projects.get("items").findValuesAsText("id")).containsExactly(alpha.toString());
    }

    @Test
    void anAuditor_seesAll_andFiltersByInstitutionStatusAndDate() throws Exception {
        String territory = territory();
        propose("One", PartnershipType.PROJECT, territory, "ccas-metz");
        propose("Two", PartnershipType.PROJECT, territory, "ville-de-thionville");

        JsonNode all = list("territory=" + territory, auditor());
        JsonNode thionville = list("territory=" + territory + "&institution=ville-de-thionville", auditor());
        JsonNode proposed = list("territory=" + territory + "&status=PROPOSED&proposedFrom=2020-01-01T00:00:00Z",
                auditor());
        JsonNode future = list("territory=" + territory + "&proposedFrom=2100-01-01T00:00:00Z", auditor());

        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(thionville.get("items").findValuesAsText("title")).containsExactly("Two");
        assertThat(proposed.get("total").asLong()).isEqualTo(2);
        assertThat(future.get("total").asLong()).isZero();
    }

    @Test
    void pages_holdTheRequestedSize_andTellTheTotal() throws Exception {
        String territory = territory();
        for (String title : List.of("P1", "P2", "P3")) {
            propose(title, PartnershipType.TECHNICAL, territory, "ccas-metz");
        }

        JsonNode second = list("territory=" + territory + "&sort=title&direction=asc&size=2&page=1", auditor());

        assertThat(second.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("items").findValuesAsText("title")).containsExactly("P3");
    }

    @Test
    void anotherInstitution_seesNone_aReporterIsRefused_andBadParametersAre400() throws Exception {
        String territory = territory();
        propose("Hidden", PartnershipType.PROJECT, territory, "ccas-metz");

        assertThat(list("territory=" + territory, partner("other-town")).get("total").asLong()).isZero();
        assertThat(get("territory=" + territory, TestTokens.token("ccas-metz", "reporter")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(json.readTree(get("sort=budget", auditor()).getBody()).get("code").asText())
                .isEqualTo("invalid-sort");
        assertThat(get("size=1000", auditor()).getStatusCode().value()).isEqualTo(400);
        assertThat(get("proposedFrom=yesterday", auditor()).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void anAuditor_findsPartnershipsByAWordOfTheirTitle_whateverItsCase_andWildcardsAreLiteral() throws Exception {
        String territory = territory();
        propose("Ludothèque itinérante 50%", PartnershipType.PROJECT, territory, "ccas-metz");
        propose("Relais petite enfance", PartnershipType.OPERATIONAL, territory, "ccas-metz");

        JsonNode word = list("territory=" + territory + "&q=LUDOTH", auditor());
        // The test client encodes the query itself: the service receives "50%".
        JsonNode percent = list("territory=" + territory + "&q=50%", auditor());
        JsonNode wildcard = list("territory=" + territory + "&q=_", auditor());

        assertThat(word.get("items").findValuesAsText("title")).containsExactly("Ludothèque itinérante 50%");
        assertThat(percent.get("items").findValuesAsText("title")).containsExactly("Ludothèque itinérante 50%");
        assertThat(wildcard.get("total").asLong()).isZero();
        assertThat(get("q=" + "x".repeat(201), auditor()).getStatusCode().value()).isEqualTo(400);
    }

    private UUID propose(String title, PartnershipType type, String territory, String lead) {
        UUID id = UUID.randomUUID();
        PublishedEvents.publishProposal(stack.topic(), id, title, type, territory, lead);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM partnership WHERE id = ? AND last_sequence = 2", Long.class, id) == 1);
        return id;
    }

    private static String territory() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String partner(String institution) {
        return TestTokens.token(institution, "partner");
    }

    private static String auditor() {
        return TestTokens.token("cour-des-comptes", "auditor");
    }

    private JsonNode list(String query, String token) throws Exception {
        ResponseEntity<String> response = get(query, token);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> get(String query, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/partnerships?" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
