package org.entente.cli;

import org.entente.cli.launcher.Stack;
import org.entente.cli.launcher.StackSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out through an OpenID Connect provider, in Chromium, on an installation configured as a production
 * one is: the web application signs people in at the provider ({@code ENTENTE_OIDC_ISSUER}), the services trust the
 * provider's keys ({@code ENTENTE_JWT_JWK_SET_URI}). Signing out posts a form to Entente, whose answer redirects to
 * the provider's end-session endpoint, on another origin: browsers apply the page's {@code form-action} to a form's
 * redirects too, so with {@code form-action 'self'} alone Chromium would stop there and the person would stay signed
 * in at the provider (issue 19).
 */
class SignInThroughProviderIT {

    /** Kept after the run (under target/), for the provider's part in a failure is in the web application's log. */
    private static final Path LOGS = Path.of("target", "logs", "sign-in-through-provider").toAbsolutePath();
    @TempDir
    static Path home;
    private static OidcProvider provider;
    private static Stack stack;
    private static URI web;

    @BeforeAll
    static void start() throws Exception {
        stack = OnFreePorts.start(() -> {
            int webPort = OnFreePorts.port();
            web = URI.create("http://localhost:" + webPort);
            provider = OidcProvider.start(OnFreePorts.port(), web);
            String issuer = provider.issuer().toString();
            Stack started = new Stack(new StackSettings(Path.of("..").toAbsolutePath().normalize(), home, 0,
                    OnFreePorts.port(), OnFreePorts.port(), webPort, null, null, "partnership-events", 1,
                    LOGS, false));
            started.withServiceEnvironment(Map.of("ENTENTE_JWT_ISSUER", issuer,
                    "ENTENTE_JWT_JWK_SET_URI", issuer + "/oauth2/jwks"));
            started.withWebEnvironment(Map.of("ENTENTE_OIDC_ISSUER", issuer,
                    "ENTENTE_OIDC_CLIENT_ID", OidcProvider.CLIENT_ID,
                    "ENTENTE_OIDC_CLIENT_SECRET", OidcProvider.CLIENT_SECRET));
            try {
                started.startAll();
            } catch (RuntimeException | InterruptedException e) {
                provider.close();
                throw e;
            }
            return started;
        });
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void signingOut_reachesTheProvidersEndSessionEndpoint_andEndsOnItsSignInForm(@TempDir Path profile) {
        try (Browser person = new Browser(web, "provider", profile)) {
            person.open("/");
            person.awaitUrl(provider.issuer() + "/login");
            person.type(By.id("username"), OidcProvider.USERNAME).type(By.id("password"), OidcProvider.PASSWORD)
                    .click(By.cssSelector("form button[type=submit]"));

            person.awaitUrl(web + "/partnerships");
            assertThat(person.all(By.id("portfolio-live"))).as("the portfolio, read from the query service with "
                    + "the provider's access token: %s", person.pageText()).hasSize(1);
            assertThat(person.text(By.tagName("header"))).contains(OidcProvider.NAME + " ("
                    + OidcProvider.INSTITUTION_NAME + ")").doesNotContain(OidcProvider.INSTITUTION);

            person.click(By.cssSelector("header form[action$='/signout'] button"));
            person.awaitUrl(provider.issuer() + "/login");
        }
        assertThat(provider.requested()).as("what the browser asked the provider for: after signing in, its "
                + "end-session endpoint, then (back at Entente, which sends an unknown person to sign in) its sign-in")
                .containsSubsequence("/login", "/oauth2/authorize", OidcProvider.END_SESSION, "/oauth2/authorize",
                        "/login");
    }
}
