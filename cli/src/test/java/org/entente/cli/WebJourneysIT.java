package org.entente.cli;

import org.entente.cli.launcher.Stack;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.devstack.TokenClaims;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole journeys in a real headless Chromium against the real stack (three service processes, PostgreSQL, a
 * KRaft broker). Each journey saves a screenshot of its pages under {@code target/screenshots/} and runs axe-core
 * on the main ones, failing on a violation of any impact. The partnership the first journey builds is the one the
 * others read, refuse and hide.
 */
@ResourceLock(SharedStack.LOCK)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebJourneysIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    private static final String TITLE = "Accueil de loisirs Patrotte " + SUFFIX;
    private static final String TERRITORY = "Metz-Patrotte-" + SUFFIX;

    @TempDir
    static Path profiles;
    private static Stack stack;
    private static Journey record;
    private static String partnershipId;
    private static final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    static void up() throws Exception {
        stack = SharedStack.get();
        record = new Journey(stack);
    }

    @AfterAll
    static void noAccessibilityViolations() {
        assertThat(accessibility).as("axe-core violations of any impact on the main pages").isEmpty();
    }

    @Test
    @Order(1)
    void aCcasPartnerProposes_theOthersAnswerNegotiateApproveAndSign_andEachSeesTheOthersChangesAppear()
            throws Exception {
        try (Browser claire = browser("1-lifecycle-claire"); Browser others = browser("1-lifecycle-others")) {
            claire.signInAs("claire-martin");
            check(claire, "portfolio");
            partnershipId = Proposals.propose(claire, TITLE, TERRITORY, this::check);
            check(claire, "partnership-proposed");

            others.signInAs("karim-benali");
            others.awaitText(TITLE);
            others.click(By.linkText(TITLE)).click(By.cssSelector("a[data-step='accept']"));
            check(others, "accept-form");
            others.click(By.id("confirm")).awaitText("C’est enregistré");
            claire.awaitText("Karim Benali (CAF de la Moselle)");

            others.signOut().signInAs("lea-schmitt").open("/partnerships/" + partnershipId + "/steps/accept");
            submitTwice(others);
            claire.awaitText("Léa Schmitt (Ligue de l’Enseignement 57)");
            assertThat(record.steps(partnershipId)).filteredOn("InvitationAccepted"::equals).hasSize(2);

            others.signOut().signInAs("karim-benali").open("/partnerships/" + partnershipId)
                    .click(By.cssSelector("a[data-step='counter-propose']"));
            others.type(By.id("rationale"), "La CAF finance 18 000 € la première année")
                    .type(By.id("terms-c0-amount"), "18000");
            check(others, "counter-propose-form");
            others.click(By.id("confirm")).awaitText("C’est enregistré");
            claire.awaitText("Les termes sur la table : version 2");

            approveAndSign(claire, others);
            claire.awaitText("En vigueur");
            others.signOut().signInAs("claire-martin").open("/partnerships/" + partnershipId)
                    .click(By.cssSelector("a[data-step='evaluate']"));
            Proposals.evaluate(others);
            check(others, "evaluation-form");
            others.click(By.id("confirm")).awaitText("C’est enregistré");
            claire.awaitText("Note : 4 sur 5");
            check(claire, "partnership-active");
        }
        assertThat(record.read("/partnerships/" + partnershipId, "auditor").get("status").asText())
                .isEqualTo("ACTIVE");
        assertThat(record.steps(partnershipId)).contains("TermsProposed", "AgreementReached", "PartnershipActivated",
                "EvaluationRecorded").filteredOn("AgreementSigned"::equals).hasSize(3);
    }

    @Test
    @Order(2)
    void anAuditorFindsIt_readsTheTimeline_opensItBeforeTheSignatures_comparesVersions_andExportsIt()
            throws Exception {
        List<String> steps = record.steps(partnershipId);
        int firstSignature = steps.indexOf("AgreementSigned");
        try (Browser anne = browser("2-auditor")) {
            anne.signInAs("anne-audit").type(By.id("f-q"), "patrotte " + SUFFIX.toUpperCase()).click(By.cssSelector(
                    "form.filters button[type=submit]")).awaitUrl("q=");
            assertThat(anne.all(By.cssSelector("#portfolio-table tbody tr"))).hasSize(1);
            check(anne, "audit-list");
            anne.click(By.linkText(TITLE)).awaitUrl("/audit/partnerships/");
            assertThat(anne.all(By.cssSelector("#audit-timeline tbody tr"))).hasSize(steps.size());
            check(anne, "audit-timeline");
            anne.select(By.id("kind"), "AgreementSigned").click(By.cssSelector("form.filters button[type=submit]"))
                    .awaitUrl("kind=AgreementSigned");
            assertThat(anne.all(By.cssSelector("#audit-timeline tbody tr"))).hasSize(3);

            anne.click(By.linkText("Le partenariat à une date passée"))
                    .typeDate(By.id("date"),
                            LocalDate.now(ZoneId.of("Europe/Paris")).minusYears(1).withDayOfMonth(28))
                    .click(By.cssSelector("form.filters button[type=submit]"));
            assertThat(anne.text(By.id("nothing-yet"))).contains("Rien n’était encore enregistré");
            anne.set(By.id("date"), "").type(By.id("version"), Integer.toString(firstSignature - 1))
                    .click(By.cssSelector("form.filters button[type=submit]"));
            assertThat(anne.text(By.id("stops-at"))).contains("n° " + (firstSignature - 1), "Accord trouvé");
            assertThat(anne.text(By.id("status"))).isEqualTo("Accord trouvé");
            check(anne, "audit-as-of");

            anne.open("/partnerships/" + partnershipId + "/redline?from=1&to=2");
            assertThat(anne.text(By.cssSelector("section.redline"))).contains("18\u202f000", "20\u202f000");
            check(anne, "redline");
            anne.open("/audit/partnerships/" + partnershipId + "/events");
            check(anne, "audit-events");
            anne.open("/partnerships/" + partnershipId);
            assertThat(anne.scrollsSidewaysAt(768, 1024)).as("the partnership page scrolls sideways on a tablet")
                    .isFalse();
            check(anne, "partnership-on-a-tablet");
            anne.open("/audit/partnerships/" + partnershipId);
            assertThat(anne.scrollsSidewaysAt(768, 1024)).as("the timeline scrolls sideways on a tablet").isFalse();
            check(anne, "audit-timeline-on-a-tablet");
            HttpResponse<String> csv = Journey.download(stack.web().resolve(
                    "/audit/partnerships/" + partnershipId + "/export.csv"), anne.sessionCookie());
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/csv"));
            assertThat(csv.body().lines().filter(line -> line.contains(partnershipId))).hasSize(steps.size());
            // The workbench: the record verified against the signed log, and the evidence to take away.
            anne.open("/audit/partnerships/" + partnershipId + "/verification");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                anne.open("/audit/partnerships/" + partnershipId + "/verification");
                return anne.all(By.cssSelector("tr[data-status=verified]")).size() == steps.size();
            });
            assertThat(anne.text(By.id("verdict"))).startsWith("Vérifié");
            assertThat(anne.text(By.id("key-id"))).matches("[0-9a-f]{8}");
            check(anne, "audit-verification");
            HttpResponse<String> evidence = Journey.download(stack.web().resolve(
                    "/audit/partnerships/" + partnershipId + "/evidence.zip"), anne.sessionCookie());
            assertThat(evidence.statusCode()).isEqualTo(200);
            assertThat(evidence.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(anne.all(By.cssSelector("form[method=post]:not([action$='/signout'])"))).isEmpty();
        }
    }

    @Test
    @Order(3)
    void anOutsiderInstitution_seesNeitherItInItsListNorItsPage() throws Exception {
        try (Browser nobody = browser("3-outsider")) {
            nobody.signInAsAnyone("Nobody", "other-town", "partner");
            assertThat(nobody.pageText()).doesNotContain(TITLE);
            check(nobody, "outsider-portfolio");
            String missing = nobody.open("/partnerships/" + UUID.randomUUID()).text(By.id("error-message"));
            String theirs = nobody.open("/partnerships/" + partnershipId).text(By.id("error-message"));
            assertThat(theirs).isEqualTo(missing).contains("n’existe pas");
            assertThat(nobody.pageText()).doesNotContain(TITLE);
            check(nobody, "outsider-not-found");
        }
    }

    @Test
    @Order(4)
    void refusedSteps_showTheTranslatedMessage_andStoreNothing() throws Exception {
        try (Browser karim = browser("4-refusals-karim"); Browser lea = browser("4-refusals-lea")) {
            karim.signInAs("claire-martin").open("/partnerships/" + partnershipId + "/steps/abandon");
            int before = record.steps(partnershipId).size();
            assertThat(karim.text(By.cssSelector(".notice.warn"))).contains("n’est pas ouverte");
            karim.type(By.id("reason"), "Plus de budget").click(By.id("confirm"));
            assertThat(karim.text(By.id("refusal"))).contains("Le partenariat n’est plus en négociation.");
            check(karim, "refused-wrong-state");
            assertThat(record.steps(partnershipId)).hasSize(before);

            karim.signOut().signInAs("karim-benali");
            karim.open("/partnerships/" + partnershipId + "/steps/evaluate");
            Proposals.evaluate(karim);
            lea.signInAs("lea-schmitt").open("/partnerships/" + partnershipId + "/steps/amend")
                    .type(By.id("reason"), "Ajouter une ludothèque").click(By.id("confirm")).awaitText("C’est enregistré");
            karim.click(By.id("confirm"));
            assertThat(karim.text(By.id("refusal"))).contains("Quelqu’un a agi avant vous", "Avenant ouvert",
                    "Ajouter une ludothèque");
            assertThat(karim.all(By.cssSelector("#refusal[data-code='stale-version']"))).hasSize(1);
            check(karim, "refused-stale-version");
            assertThat(record.steps(partnershipId)).hasSize(before + 1).endsWith("AmendmentOpened");

            karim.open("/partnerships/" + partnershipId + "/steps/amend?lang=en").type(By.id("reason"), "Again")
                    .click(By.id("confirm"));
            assertThat(karim.text(By.id("refusal"))).contains("An amendment is already in progress");
            check(karim, "refused-in-english");
            assertThat(record.steps(partnershipId)).hasSize(before + 1);
        }
    }

    @Test
    @Order(5)
    void theDashboard_showsTheSameFiguresAsTheSummaryReport() throws Exception {
        try (Browser remi = browser("5-dashboard")) {
            remi.signInAs("remi-rapport");
            assertThat(remi.currentPath()).isEqualTo("/dashboard");
            JsonNode summary = record.read("/reports/summary", "reporter");
            assertThat(remi.text(By.id("total"))).contains(summary.get("partnerships").asText());
            assertThat(Dashboard.rows(remi, "chart.status")).isEqualTo(Dashboard.counts(summary.get("byStatus"),
                    "status"));
            assertThat(Dashboard.rows(remi, "chart.type")).isEqualTo(Dashboard.counts(summary.get("byType"), "type"));
            assertThat(Dashboard.rows(remi, "chart.territory")).isEqualTo(Dashboard.counts(summary.get("byTerritory"),
                    null));
            check(remi, "dashboard");
        }
    }

    @Test
    @Order(6)
    void aPartner_readsTheNextDeadlines_andSubscribesHerCalendarToThem_thenRevokesIt() throws Exception {
        try (Browser claire = browser("6-deadlines")) {
            claire.signInAs("claire-martin").open("/partnerships/" + partnershipId);
            assertThat(claire.all(By.cssSelector("#deadlines li"))).as("the active partnership's next deadlines")
                    .isNotEmpty();
            claire.click(By.cssSelector("nav a[href='/echeances']")).awaitText("Abonnement au calendrier")
                    .select(By.id("horizon"), "36").click(By.cssSelector("#coming button"))
                    .awaitText("À venir dans les trois ans");
            assertThat(claire.text(By.id("coming"))).as("its first evaluation and compte rendu financier")
                    .contains(TITLE, "Évaluation", "Compte rendu financier à déposer");
            check(claire, "deadlines");

            claire.click(By.id("feed-open-button")).awaitText("Voici l’adresse de l’abonnement");
            check(claire, "deadlines-feed");
            URI feed = URI.create((String) claire.script("return document.getElementById('feed-url').value"));
            HttpResponse<String> calendar = Journey.anonymously(feed);
            assertThat(calendar.statusCode()).isEqualTo(200);
            assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/calendar"));
            // RFC 5545 folds lines longer than 75 octets: a line break and a space join them again.
            assertThat(calendar.body().replace("\r\n ", "")).startsWith("BEGIN:VCALENDAR").contains(TITLE);

            claire.click(By.id("feed-revoke-button")).awaitText("L’adresse de l’abonnement est révoquée");
            assertThat(Journey.anonymously(feed).statusCode()).isEqualTo(404);
        }
    }

    @Test
    @Order(7)
    void anAdministrator_erasesAPersonAtTheirRequest_thenTheirStepsReadErased_andTheRecordStillVerifies()
            throws Exception {
        String name = "Odile Lambert " + SUFFIX;
        String subject = TokenClaims.subjectOf(name);
        String id;
        try (Browser odile = browser("7-erasure-odile"); Browser alix = browser("7-erasure-admin")) {
            odile.signInAsAnyone(name, "ccas-metz", "partner");
            id = Proposals.propose(odile, "Ludothèque Borny " + SUFFIX, "Metz-Borny-" + SUFFIX, (b, p) -> { });
            assertThat(odile.pageText()).contains(name);

            alix.signInAs("alix-admin");
            assertThat(alix.currentPath()).as("an administrator starts on the personal data").isEqualTo("/people");
            check(alix, "people");
            alix.type(By.id("find-person"), subject).click(By.id("find-button"));
            assertThat(alix.text(By.id("held-title"))).as("whom the identifier names").isEqualTo(name);
            assertThat(alix.text(By.cssSelector("#held p"))).endsWith("dans un partenariat.");
            check(alix, "people-found");
            alix.click(By.id("erase"));
            assertThat(alix.text(By.id("erasure-confirmed-error"))).isEqualTo("Cochez cette case pour confirmer.");
            assertThat(record.steps(id)).as("nothing erased unconfirmed").doesNotContain("PersonalDataErased");
            alix.click(By.id("erasure-confirmed")).click(By.id("erase")).awaitText("Effacé pour " + subject);
            assertThat(alix.text(By.id("erased"))).contains("dans un partenariat", "preuves du registre restent");
            check(alix, "people-erased");
            assertThat(record.steps(id)).endsWith("PersonalDataErased");

            alix.type(By.id("find-person"), subject).click(By.id("find-button"));
            assertThat(alix.text(By.id("find-refusal"))).contains("ont déjà été effacées");
            assertThat(record.steps(id)).filteredOn("PersonalDataErased"::equals).hasSize(1);
        }
        try (Browser anne = browser("7-erasure-auditor")) {
            anne.signInAs("anne-audit").open("/audit/partnerships/" + id);
            assertThat(anne.pageText()).contains("effacé", "Données personnelles effacées", "Alix Admin")
                    .doesNotContain(name);
            // Every proof of the record stays valid: the log committed to the fingerprints, which the erasure kept.
            List<String> steps = record.steps(id);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                anne.open("/audit/partnerships/" + id + "/verification");
                return anne.all(By.cssSelector("tr[data-status=verified]")).size() == steps.size();
            });
            assertThat(anne.text(By.id("verdict"))).startsWith("Vérifié");
            check(anne, "audit-verification-after-erasure");
        }
    }

    private static void approveAndSign(Browser claire, Browser others) throws Exception {
        claire.click(By.cssSelector("a[data-step='approve']")).click(By.id("confirm")).awaitText("C’est enregistré");
        for (String person : List.of("karim-benali", "lea-schmitt")) {
            others.signOut().signInAs(person).open("/partnerships/" + partnershipId)
                    .click(By.cssSelector("a[data-step='approve']")).click(By.id("confirm"))
                    .awaitText("C’est enregistré");
        }
        claire.awaitText("Accord trouvé");
        claire.click(By.cssSelector("a[data-step='sign']"));
        assertThat(claire.text(By.id("signing-hash"))).isEqualTo(
                record.read("/partnerships/" + partnershipId, "auditor").at("/agreement/hash").asText());
        claire.type(By.id("capacity"), "Vice-présidente du CCAS");
        claire.screenshot("sign-form");
        claire.click(By.id("confirm")).awaitText("C’est enregistré");
        for (String person : List.of("karim-benali", "lea-schmitt")) {
            others.signOut().signInAs(person).open("/partnerships/" + partnershipId)
                    .click(By.cssSelector("a[data-step='sign']")).type(By.id("capacity"), "Direction")
                    .click(By.id("confirm")).awaitText("C’est enregistré");
        }
    }

    /** The same form posted twice with its idempotency key: the second post acts no more than the first. */
    private static void submitTwice(Browser browser) {
        browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('step-form');
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form))})
                  .then(() => { form.submit(); done(); });""");
        browser.awaitText("C’est enregistré");
    }

    private void check(Browser browser, String page) {
        browser.screenshot(page);
        browser.accessibilityViolations().forEach(violation -> accessibility.add(page + " — " + violation));
    }

    private static Browser browser(String journey) {
        return new Browser(URI.create(stackWeb()), journey, profiles.resolve(journey));
    }

    private static String stackWeb() {
        return stack.web().toString();
    }
}
