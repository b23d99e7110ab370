package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.demo.SeedPlayer;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, requirement 7: the seed scenarios, played as a new installation's demo, span years in French. Read as
 * the pages read them: two evaluations of past years, one overdue, a notice window closing within the month, a
 * tacit renewal already done and an expiry, every imported step from three years ago to today; and every page of
 * every seed person names people, never by their id.
 */
final class TheDemoAsANewUserSeesIt {

    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEEDS = Path.of("../seeds");

    private final Stack stack;
    private final List<SeedPlayer.Played> played;
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

    TheDemoAsANewUserSeesIt(Stack stack, List<SeedPlayer.Played> played) {
        this.stack = stack;
        this.played = played;
    }

    void spansYears() throws Exception {
        String cej = idOf("Metz-Nord");
        assertThat(partnership(cej).get("evaluations").findValuesAsText("periodEnd")).hasSize(2)
                .allSatisfy(end -> assertThat(LocalDate.parse(end)).isBefore(today.minusMonths(18)));
        assertThat(deadlines(cej)).filteredOn(d -> d.get("standing").asText().equals("OVERDUE"))
                .extracting(d -> d.get("kind").asText()).containsExactly("EVALUATION");

        String relais = idOf("Petits Pas");
        assertThat(effectiveDatesOf(relais, "PartnershipRenewedTacitly")).hasSize(3)
                .allSatisfy(day -> assertThat(day).isBefore(today));
        assertThat(deadlines(relais)).filteredOn(d -> d.get("kind").asText().equals("NOTICE_DEADLINE"))
                .singleElement().satisfies(notice -> assertThat(LocalDate.parse(notice.get("date").asText()))
                        .isBetween(today, today.plusDays(30)));

        assertThat(effectiveDatesOf(idOf("Permanences"), "PartnershipExpired")).singleElement()
                .satisfies(day -> assertThat(day).isBefore(today));
        List<LocalDate> proposed = new ArrayList<>();
        for (String imported : List.of(cej, relais, idOf("Val de Fensch"), idOf("Permanences"))) {
            proposed.addAll(effectiveDatesOf(imported, "PartnershipProposed"));
        }
        LocalDate first = proposed.stream().min(LocalDate::compareTo).orElseThrow();
        assertThat(first.getYear()).isEqualTo(today.getYear() - 3);
    }

    /** Every seed person's Échéances and partnership pages: names where people are named, never an id. */
    void namesPeople_neverByTheirId() throws Exception {
        List<JsonNode> people = seedPeople();
        List<String> ids = people.stream().map(p -> TokenClaims.subjectOf(p.get("name").asText())).toList();
        for (JsonNode person : people) {
            WebSession session = WebSession.signIn(stack.web(), person.get("name").asText(),
                    person.get("institution").asText(), List.of("partner", "signatory"));
            List<String> pages = new ArrayList<>(List.of("/echeances?horizon=36"));
            played.forEach(scenario -> pages.add("/partnerships/" + scenario.partnershipId()));
            for (String path : pages) {
                HttpResponse<String> page = session.get(path);
                if (page.statusCode() != 200) {
                    continue; // not one of this person's partnerships
                }
                Document read = Jsoup.parse(page.body());
                read.select("code.id").remove(); // institutions' ids, shown as such beside their names
                assertThat(read.text()).as(person.get("name").asText() + " on " + path)
                        .doesNotContain(ids.toArray(String[]::new)).doesNotContain("(null)")
                        // The events hold commitments (issue 21); the vault opened each for this party, where
                        // a value left unopened shows as erased.
                        .doesNotContain("effacé");
                if (path.startsWith("/partnerships/")) {
                    assertThat(people).as("who acted, named on " + path)
                            .anyMatch(someone -> read.text().contains(someone.get("name").asText()));
                }
            }
        }
    }

    private String idOf(String nameContains) {
        return played.stream().filter(p -> p.name().contains(nameContains)).findFirst().orElseThrow()
                .partnershipId();
    }

    private JsonNode partnership(String id) throws Exception {
        return read("/partnerships/" + id);
    }

    private List<JsonNode> deadlines(String id) throws Exception {
        List<JsonNode> deadlines = new ArrayList<>();
        read("/partnerships/" + id + "/deadlines").get("deadlines").forEach(deadlines::add);
        return deadlines;
    }

    private List<LocalDate> effectiveDatesOf(String id, String step) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        for (JsonNode recorded : read("/partnerships/" + id + "/history?size=500").get("steps")) {
            if (recorded.get("step").asText().equals(step)) {
                days.add(LocalDate.parse(recorded.get("effectiveDate").asText()));
            }
        }
        return days;
    }

    private List<JsonNode> seedPeople() throws Exception {
        List<JsonNode> people = new ArrayList<>();
        try (Stream<Path> scenarios = Files.list(SEEDS)) {
            for (Path scenario : scenarios.filter(dir -> Files.isRegularFile(dir.resolve("scenario.json"))).toList()) {
                JSON.readTree(scenario.resolve("scenario.json").toFile()).get("people").forEach(person -> {
                    if (people.stream().noneMatch(known -> known.get("name").equals(person.get("name")))) {
                        people.add(person);
                    }
                });
            }
        }
        return people;
    }

    private JsonNode read(String path) throws Exception {
        String auditor = stack.signingKey().mint(TokenClaims.of("it-auditor", "IT auditor", "cour-des-comptes",
                List.of("auditor")), Duration.ofMinutes(5));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(stack.queryService().resolve(path))
                .header("Authorization", "Bearer " + auditor).timeout(Http.REQUEST).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
