package org.entente.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, requirement 6, the web application in the attack suite: markup and script stored in every text field
 * of a partnership come out inert on every page that shows them; every form is refused without its CSRF token;
 * every page carries the security headers, and the session cookie is HttpOnly and SameSite.
 */
@ResourceLock(SharedStack.LOCK)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAttackIT {

    static final String PAYLOAD = "<script>alert('entente-xss')</script><img src=x onerror=alert('entente-xss')>"
            + "\"'><svg onload=alert(1)>{{7*7}}[[${7*7}]]";
    private static final List<String> DANGEROUS = List.of("<script>alert('entente-xss')", "<img src=x onerror",
            "<svg onload", "\"'><svg");

    private Attack attack;
    private String hostile;
    private WebSession lead;
    private WebSession auditor;

    @BeforeAll
    void aPartnershipFullOfMarkup() throws Exception {
        attack = Attack.get();
        ObjectNode body = (ObjectNode) Attack.JSON.readTree(Attack.proposalBody("ccas-metz", "caf-57"));
        replaceEveryText(body);
        HttpResponse<String> proposed = Attack.send("POST", attack.stack.commandService().resolve("/partnerships"),
                attack.parties.get("A"), body.toString());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        hostile = Attack.JSON.readTree(proposed.body()).get("partnershipId").asText();
        HttpResponse<String> declined = Attack.send("POST", attack.stack.commandService().resolve("/partnerships/"
                + hostile + "/declination"), attack.parties.get("B"), "{\"reason\":" + quoted(PAYLOAD) + "}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        lead = WebSession.signIn(attack.stack.web(), "Claire " + PAYLOAD, "ccas-metz", List.of("partner",
                "signatory"));
        auditor = WebSession.signIn(attack.stack.web(), "Anne Audit", "cour-des-comptes", List.of("auditor"));
        awaitShown(lead, "/partnerships/" + hostile);
    }

    @Test
    void storedMarkup_isInert_onEveryPage() throws Exception {
        AttackTally tally = new AttackTally("stored markup × every page that shows it");
        List<String> showingIt = new ArrayList<>();
        for (String page : leadPages()) {
            HttpResponse<String> shown = lead.get(page);
            tally.attempt(inert(shown, "the lead's " + page));
            if (shown.body().contains("&lt;script&gt;alert(")) {
                showingIt.add(page);
            }
        }
        for (String page : auditorPages()) {
            HttpResponse<String> shown = auditor.get(page);
            tally.attempt(inert(shown, "the auditor's " + page));
            if (shown.body().contains("&lt;script&gt;alert(")) {
                showingIt.add("audit " + page);
            }
        }
        assertThat(tally.report()).isEmpty();
        // Not vacuous: the text is there, escaped, on the pages that show the partnership and its people.
        System.out.println("pages showing the stored markup, escaped: " + showingIt);
        assertThat(showingIt).contains("/partnerships", "/partnerships/" + hostile, "audit /audit/partnerships/"
                + hostile, "audit /audit/partnerships/" + hostile + "/events");
    }

    @Test
    void everyForm_isRefusedWithoutItsCsrfToken() throws Exception {
        AttackTally tally = new AttackTally("forms posted without their CSRF token");
        List<String> forms = new ArrayList<>(List.of("/signin/person", "/signin/identity",
                "/proposals/new/identity", "/proposals/new/partners", "/proposals/new/terms", "/proposals/new/submit"));
        for (String slug : List.of("accept", "decline", "counter-propose", "approve", "reject", "sign", "evaluate",
                "amend", "withdraw", "dissolve", "abandon")) {
            forms.add("/partnerships/" + attack.partnershipOfA + "/steps/" + slug);
        }
        long before = attack.storedEvents();
        for (String form : forms) {
            HttpResponse<String> response = lead.post(form, "index=0&name=x&institutionId=x&roles=partner"
                    + "&reason=x&termsHash=x&capacity=x", false);
            tally.attempt(response.statusCode() == 403 ? null : form + " answered " + response.statusCode());
        }
        assertThat(tally.report()).isEmpty();
        assertThat(attack.storedEvents()).isEqualTo(before);
    }

    @Test
    void everyPage_carriesTheSecurityHeaders_andTheSessionCookieIsGuarded() throws Exception {
        AttackTally tally = new AttackTally("security headers × every page, session cookie");
        List<HttpResponse<String>> pages = new ArrayList<>();
        for (String page : leadPages()) {
            pages.add(lead.get(page));
        }
        for (String page : auditorPages()) {
            pages.add(auditor.get(page));
        }
        pages.add(lead.get("/signin"));
        pages.add(lead.get("/partnerships/" + Attack.unknownId()));
        for (HttpResponse<String> page : pages) {
            tally.attempt(headersMissing(page));
        }
        String cookie = String.join("; ", lead.signInAnswer().headers().allValues("Set-Cookie"));
        tally.attempt(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") ? null
                : "the session cookie is not guarded: " + cookie);
        assertThat(tally.report()).isEmpty();
    }

    private List<String> leadPages() {
        String p = "/partnerships/" + hostile;
        List<String> pages = new ArrayList<>(List.of("/partnerships", p, p + "/redline?from=1&to=1",
                "/dashboard", "/proposals/new/identity"));
        for (String slug : List.of("accept", "decline", "counter-propose", "approve", "reject", "sign", "evaluate",
                "amend", "withdraw", "dissolve", "abandon")) {
            pages.add(p + "/steps/" + slug);
        }
        return pages;
    }

    private List<String> auditorPages() {
        String p = "/audit/partnerships/" + hostile;
        return List.of("/audit", p, p + "/events", p + "/as-of?at=2099-01-01T00:00", p + "/verification",
                "/partnerships/" + hostile, "/dashboard");
    }

    private static String inert(HttpResponse<String> page, String what) {
        if (page.statusCode() != 200) {
            return what + " answered " + page.statusCode() + ", not the page";
        }
        for (String dangerous : DANGEROUS) {
            if (page.body().contains(dangerous)) {
                return what + " carries " + dangerous + " as markup";
            }
        }
        // Had a template engine evaluated the stored text, {{7*7}}[[${7*7}]] would have become {{7*7}}49.
        return page.body().contains("{{7*7}}49") ? what + " evaluated the stored text as a template" : null;
    }

    private static String headersMissing(HttpResponse<String> page) {
        List<String> missing = new ArrayList<>();
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        if (!csp.contains("frame-ancestors 'none'") || !csp.contains("script-src 'self'")) {
            missing.add("Content-Security-Policy with frame-ancestors (" + csp + ")");
        }
        if (!"nosniff".equals(page.headers().firstValue("X-Content-Type-Options").orElse(""))) {
            missing.add("X-Content-Type-Options");
        }
        if (page.headers().firstValue("Referrer-Policy").isEmpty()) {
            missing.add("Referrer-Policy");
        }
        return missing.isEmpty() ? null : page.uri() + " lacks " + String.join(", ", missing);
    }

    private static void replaceEveryText(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                com.fasterxml.jackson.databind.JsonNode value = object.get(name);
                boolean free = !List.of("type", "kind", "role", "level", "code", "institutionId", "unit")
                        .contains(name);
                // Dates stay dates and names of values (MONTHLY) stay names: the proposal must be accepted.
                if (value.isTextual() && free && !value.asText().matches("\\d{4}-\\d{2}-\\d{2}.*|[A-Z][A-Z0-9_]*")) {
                    // A reference is 64 characters at most: the script alone.
                    object.put(name, name.equals("reference") ? "<script>alert('entente-xss')</script>" : PAYLOAD);
                } else {
                    replaceEveryText(value);
                }
            });
        } else if (node.isArray()) {
            node.forEach(WebAttackIT::replaceEveryText);
        }
    }

    private static void awaitShown(WebSession session, String page) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (session.get(page).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(page + " never shown");
            }
            Thread.sleep(200);
        }
    }

    private static String quoted(String text) {
        return Attack.JSON.valueToTree(text).toString();
    }
}
