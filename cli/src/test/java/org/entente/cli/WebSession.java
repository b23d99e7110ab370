package org.entente.cli;

import org.entente.devstack.Http;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser session on the web application, signed in through the development sign-in's form. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI web;
    private final HttpClient browser = Http.client(builder -> builder.cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER));
    private HttpResponse<String> signedIn;

    private WebSession(URI web) {
        this.web = web;
    }

    /** Signs in as this identity; the answer to the sign-in form is kept, for its cookie. */
    static WebSession signIn(URI web, String name, String institution, List<String> roles) throws Exception {
        WebSession session = new WebSession(web);
        String form = "name=" + encode(name) + "&institutionId=" + encode(institution) + roles.stream()
                .map(role -> "&roles=" + role).collect(Collectors.joining());
        session.signedIn = session.post("/signin/identity", form, true);
        if (session.signedIn.statusCode() != 302) {
            throw new IllegalStateException("Sign-in refused: " + session.signedIn.statusCode());
        }
        return session;
    }

    HttpResponse<String> signInAnswer() {
        return signedIn;
    }

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(web.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted as a browser does, with the CSRF token of the page it came from, or without. */
    HttpResponse<String> post(String path, String form, boolean withCsrf) throws Exception {
        String body = form;
        if (withCsrf) {
            Matcher csrf = CSRF.matcher(get(path.startsWith("/signin") ? "/signin" : pageOf(path)).body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the page of " + path);
            }
            body = form + "&_csrf=" + encode(csrf.group(1));
        }
        return browser.send(HttpRequest.newBuilder(web.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pageOf(String formPath) {
        return formPath.endsWith("/submit") ? "/proposals/new/review" : formPath;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
