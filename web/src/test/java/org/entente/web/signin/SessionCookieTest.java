package org.entente.web.signin;

import org.entente.devstack.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as Tomcat really writes it: {@code HttpOnly} and {@code SameSite=Lax} always, {@code Secure}
 * when the request came over TLS (here, through a proxy that says so with {@code X-Forwarded-Proto}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void overPlainHttp_theSessionCookieIsHttpOnlyAndLax_butNotSecure() throws Exception {
        String cookie = sessionCookie(false);

        assertThat(cookie).startsWith("ENTENTE_SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void behindATlsProxy_theSessionCookieIsAlsoSecure() throws Exception {
        assertThat(sessionCookie(true)).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private String sessionCookie(boolean overTls) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin")).GET();
        if (overTls) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> response = Http.client().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ENTENTE_SESSION="))
                .findFirst().orElseThrow();
    }
}
