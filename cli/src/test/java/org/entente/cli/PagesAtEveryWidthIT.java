package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.cli.demo.SeedPlayer;
import org.entente.cli.launcher.Stack;
import org.entente.devstack.Http;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every page, in French and in English, at a laptop's width (1366 px) and a phone's (390 px): no sideways scrolling
 * on the phone, one heading, and no axe-core violation of any impact at either width. The seed scenarios give the
 * pages their content, plus one fresh proposal for the forms of an invitation.
 *
 * <p>A whole-page screenshot costs about a third of a page's time (BENCHMARKS.md, stop 36), so a build takes them
 * only when asked to regenerate the documentation's (a failing check still saves its page, as every browser test
 * does), with one command, from the repository's root:
 * <pre>
 * ./mvnw -B -DskipTests install -q &amp;&amp; ./mvnw -B -pl cli verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=PagesAtEveryWidthIT -Dentente.screenshots=../docs/screenshots
 * </pre>
 * which writes {@code <language>-<width>-<page>.png} there (and under {@code cli/target/screenshots/pages/}) and
 * refreshes the five first-screen pictures the README shows ({@code portfolio.png}, {@code partnership.png},
 * {@code redline.png}, {@code auditor-timeline.png}, {@code dashboard.png}).
 */
@ResourceLock(SharedStack.LOCK)
class PagesAtEveryWidthIT {

    static final int PHONE = 390;
    private static final Path PAGES = Browser.SCREENSHOTS.resolve("pages");
    /** What the README shows, from the French laptop's first screen. */
    private static final Map<String, String> README = Map.of("portfolio", "portfolio.png", "partnership",
            "partnership.png", "redline", "redline.png", "audit-timeline", "auditor-timeline.png", "dashboard",
            "dashboard.png");
    private static final List<String> INVITATION_STEPS = List.of("accept", "decline", "counter-propose", "approve",
            "reject", "sign", "abandon");
    private static final List<String> LIFE_STEPS = List.of("evaluate", "amend", "withdraw", "dissolve");
    /** Where the documentation's screenshots go when the build is asked to regenerate them; else none is taken. */
    private static final Path DOCUMENTATION = System.getProperty("entente.screenshots", "").isBlank() ? null
            : Path.of(System.getProperty("entente.screenshots"));
    private static final HttpClient HTTP = Http.client();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path profiles;
    private static Stack stack;
    private static String active;
    private static String funded;
    private static String renewing;
    private static String proposed;

    @BeforeAll
    static void content() throws Exception {
        stack = SharedStack.get();
        List<SeedPlayer.Played> played = SharedStack.seeds();
        // The amended one: two versions of the terms to compare, evaluations, signatures and 18 steps to read.
        active = seed(played, "Fensch");
        // Karim's CAF funds it: a compte rendu financier to file.
        funded = seed(played, "Metz-Nord");
        // Renewed tacitly each year: Sophie's commune may give notice.
        renewing = seed(played, "Petits Pas");
        proposed = propose();
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"fr-FR, 1366, 900", "en-GB, 1366, 900", "fr-FR, 390, 844", "en-GB, 390, 844"})
    void everyPage_atThisWidth_inThisLanguage_readsWithoutSidewaysScrollOrAccessibilityViolation(
            String language, int width, int height) throws Exception {
        String prefix = language.substring(0, 2) + "-" + width + "-";
        List<String> problems = new ArrayList<>();
        try (Browser person = new Browser(stack.web(), "pages", profiles.resolve(prefix), language, width, height)) {
            Pages pages = new Pages(person, prefix, width, problems);
            pages.open("/signin", "signin");
            roleCheckboxesBesideTheirLabels(person, problems);
            person.signInAs("karim-benali");
            pages.check("portfolio");
            searchFieldAsWideAsTheOthers(person, problems);
            pages.open("/partnerships/" + active, "partnership");
            for (String stage : List.of("identity", "partners", "terms", "review")) {
                pages.open("/proposals/new/" + stage, "propose-" + stage);
            }
            for (String step : INVITATION_STEPS) {
                pages.open("/partnerships/" + proposed + "/steps/" + step, "step-" + step);
            }
            for (String step : LIFE_STEPS) {
                pages.open("/partnerships/" + active + "/steps/" + step, "step-" + step);
            }
            pages.open("/partnerships/" + funded + "/steps/file-report", "step-file-report");
            pages.open("/echeances", "deadlines");
            pages.open("/partnerships/" + active + "/redline?from=1&to=2", "redline");
            pages.open("/partnerships/" + UUID.randomUUID(), "error");
            person.signOut().signInAs("sophie-muller");
            // Brought in with its real dates and renewed since: both dates of each step, the term running now.
            pages.open("/partnerships/" + renewing, "partnership-renewed");
            pages.open("/partnerships/" + renewing + "/steps/give-notice", "step-give-notice");
            person.signOut().signInAs("anne-audit").open("/audit");
            pages.check("audit-list");
            pages.open("/audit/partnerships/" + active, "audit-timeline");
            pages.open("/audit/partnerships/" + active + "/as-of?version=9", "audit-as-of");
            pages.open("/audit/partnerships/" + active + "/events", "audit-events");
            pages.open("/audit/partnerships/" + active + "/verification", "audit-verification");
            person.signOut().signInAs("remi-rapport").open("/dashboard");
            pages.check("dashboard");
            person.signOut().signInAs("alix-admin");
            pages.check("people");
            pages.open("/people?person=claire-martin", "people-found");
        }
        assertThat(problems).as("pages at %d px in %s", width, language).isEmpty();
    }

    private static String seed(List<SeedPlayer.Played> played, String named) {
        return played.stream().filter(p -> p.name().contains(named)).findFirst().orElseThrow(() ->
                new AssertionError("No seed scenario named like " + named + " in " + played)).partnershipId();
    }

    /** One person's pages at one width: each opened and checked, and photographed when asked. */
    private record Pages(Browser person, String prefix, int width, List<String> problems) {

        void open(String path, String name) {
            person.open(path);
            check(name);
        }

        void check(String name) {
            if (DOCUMENTATION != null) {
                photographed(name);
            }
            // The error page passes every check below: any other page showing it is a page not checked at all.
            if (!name.equals("error") && !person.all(By.id("error-message")).isEmpty()) {
                problems.add(name + " is the error page: " + person.all(By.id("error-message")).get(0).getText());
            }
            if (width == PHONE && person.scrollsSideways()) {
                problems.add(name + " scrolls sideways: " + person.overflowing());
            }
            person.accessibilityViolations().forEach(violation -> problems.add(name + " — " + violation));
            if (person.all(By.tagName("h1")).size() != 1) {
                problems.add(name + " has " + person.all(By.tagName("h1")).size() + " <h1>");
            }
        }
        /** The whole page, and for the README the French laptop's first screen, into the documentation. */
        private void photographed(String name) {
            String file = prefix + name + ".png";
            save(person.screenshotWholePage(PAGES.resolve(file)), file);
            if (width == 1366 && prefix.startsWith("fr") && README.containsKey(name)) {
                save(person.screenshot(name), README.get(name));
            }
        }
    }

    /** Each role's box and its label on one line, the label right of the box (issue 18). */
    private static void roleCheckboxesBesideTheirLabels(Browser person, List<String> problems) {
        for (WebElement box : person.all(By.cssSelector("input[type=checkbox][name=roles]"))) {
            Rectangle square = box.getRect();
            Rectangle label = person.all(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).get(0)
                    .getRect();
            double middle = square.getY() + square.getHeight() / 2.0;
            if (middle < label.getY() || middle > label.getY() + label.getHeight() || label.getX() < square.getX()
                    + square.getWidth()) {
                problems.add("signin: the box " + box.getAttribute("id") + " at " + square.getX() + ","
                        + square.getY() + " is not beside its label at " + label.getX() + "," + label.getY());
            }
        }
    }

    /** The portfolio's search field as wide as the territory field beside it. */
    private static void searchFieldAsWideAsTheOthers(Browser person, List<String> problems) {
        int search = person.all(By.id("f-q")).get(0).getRect().getWidth();
        int territory = person.all(By.id("f-territory")).get(0).getRect().getWidth();
        if (Math.abs(search - territory) > 1) {
            problems.add("portfolio: the search field is " + search + " px wide, the territory field " + territory);
        }
    }

    private static void save(Path screenshot, String name) {
        try {
            Files.createDirectories(DOCUMENTATION);
            Files.copy(screenshot, DOCUMENTATION.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh proposal by the CCAS of Metz inviting the CAF: what Karim's invitation forms are about. */
    private static String propose() throws Exception {
        String token = stack.signingKey().mint(TokenClaims.of("claire-martin", "Claire Martin", "ccas-metz",
                List.of("partner", "signatory")), Duration.ofMinutes(10));
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(stack.commandService().resolve("/partnerships"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(
                        Path.of("../seeds/cej-metz-nord/01-propose.json")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String id = JSON.readTree(answer.body()).get("partnershipId").asText();
        Journey record = new Journey(stack);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                Journey.get(stack.queryService().resolve("/partnerships/" + id), record.token("auditor"))
                        .statusCode() == 200);
        return id;
    }
}
