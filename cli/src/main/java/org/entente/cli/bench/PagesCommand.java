package org.entente.cli.bench;

import org.entente.devstack.Http;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures page response times of the web application on a running stack, as a signed-in person's browser
 * would load them one after another: the portfolio and a partnership's page (the most recent one listed).
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Measure page response times of the web application on a running stack (./entente up --demo).")
public final class PagesCommand implements Callable<Integer> {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PARTNERSHIP = Pattern.compile("href=\"(/partnerships/[0-9a-f-]{36})\"");

    @Option(names = "--web-url", defaultValue = "http://localhost:8080")
    URI web;

    @Option(names = "--person", defaultValue = "claire-martin",
            description = "Who signs in (a person of the development sign-in)")
    String person;

    @Option(names = "--samples", defaultValue = "500", description = "Requests per page, after the warm-up")
    int samples;

    @Option(names = "--warmup", defaultValue = "100", description = "Requests per page before measuring")
    int warmup;

    @Override
    public Integer call() throws Exception {
        HttpClient browser = Http.client(builder -> builder.cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL));
        String portfolioPage = signIn(browser);
        Matcher first = PARTNERSHIP.matcher(portfolioPage);
        if (!first.find()) {
            System.err.println(person + " sees no partnership: run ./entente up --demo first.");
            return 1;
        }
        URI portfolio = web.resolve("/partnerships");
        URI partnership = web.resolve(first.group(1));
        System.out.println("portfolio (" + person + ")         " + measure(browser, portfolio));
        System.out.println("partnership page " + first.group(1).substring(14) + "  " + measure(browser, partnership));
        return 0;
    }

    /** Signs in with the development sign-in as the person with that data-person, and lands on their portfolio. */
    private String signIn(HttpClient browser) throws Exception {
        String page = get(browser, web.resolve("/signin")).body();
        Matcher csrf = CSRF.matcher(page);
        int index = indexOf(page);
        if (!csrf.find() || index < 0) {
            throw new IllegalStateException("No development sign-in for " + person + " at " + web);
        }
        HttpResponse<String> landed = browser.send(HttpRequest.newBuilder(web.resolve("/signin/person"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("index=" + index + "&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        return get(browser, web.resolve("/partnerships")).body() + landed.body();
    }

    private int indexOf(String signInPage) {
        Matcher buttons = Pattern.compile("name=\"index\" value=\"(\\d+)\"[\\s\\S]*?data-person=\"([^\"]+)\"")
                .matcher(signInPage);
        while (buttons.find()) {
            if (buttons.group(2).equals(person)) {
                return Integer.parseInt(buttons.group(1));
            }
        }
        return -1;
    }

    private Percentiles measure(HttpClient browser, URI page) throws Exception {
        for (int i = 0; i < warmup; i++) {
            get(browser, page);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(browser, page);
            micros.add((System.nanoTime() - start) / 1_000);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
        }
        return Percentiles.of(micros);
    }

    private static HttpResponse<String> get(HttpClient browser, URI page) throws Exception {
        return browser.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
