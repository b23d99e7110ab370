package org.entente.web.signin;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a provider configured, people sign in there: authorization code with PKCE (S256), and the development
 * sign-in is gone. The provider here publishes only its discovery document, which is all the redirect needs.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcSignInTest {

    private static final HttpServer PROVIDER = provider();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("entente.oidc.issuer", OidcSignInTest::issuer);
        registry.add("entente.oidc.client-id", () -> "entente-web");
        registry.add("entente.oidc.client-secret", () -> "secret");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientRegistrationRepository registrations;

    @AfterAll
    static void stop() {
        PROVIDER.stop(0);
    }

    @Test
    void aPage_sendsThePersonToTheProvider_withAnS256CodeChallenge() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String toLogin = mvc.perform(get("/partnerships").session(session)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String toProvider = mvc.perform(get(toLogin).session(session)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        Map<String, String> query = UriComponentsBuilder.fromUriString(toProvider).build().getQueryParams()
                .toSingleValueMap();

        assertThat(toLogin).isEqualTo("/oauth2/authorization/entente");
        assertThat(toProvider).startsWith(issuer() + "/authorize?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "entente-web")
                .containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "state", "nonce");
        assertThat(query.get("scope")).contains("openid");
        assertThat(Base64.getUrlDecoder().decode(query.get("code_challenge")))
                .hasSize(MessageDigest.getInstance("SHA-256").getDigestLength());
    }

    @Test
    void signingOut_leadsToTheProvider_whoseOriginThePagesFormActionAllows() throws Exception {
        String policy = mvc.perform(get("/signin/anything")).andReturn().getResponse()
                .getHeader("Content-Security-Policy");
        MockHttpSession session = new MockHttpSession();
        String toProvider = mvc.perform(post("/signout").session(session).with(csrf())
                        .with(oidcLogin().clientRegistration(registrations.findByRegistrationId("entente"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(toProvider).startsWith(issuer() + "/logout?");
        assertThat(policy).endsWith("; form-action 'self' " + issuer());
    }

    @Test
    void theDevelopmentSignIn_isNotOffered() throws Exception {
        mvc.perform(get("/signin")).andExpect(status().isNotFound());
    }

    private static String issuer() {
        return "http://localhost:" + PROVIDER.getAddress().getPort();
    }

    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/.well-known/openid-configuration", exchange -> {
                String base = "http://localhost:" + server.getAddress().getPort();
                byte[] body = ("{\"issuer\":\"" + base + "\",\"authorization_endpoint\":\"" + base + "/authorize\","
                        + "\"token_endpoint\":\"" + base + "/token\",\"jwks_uri\":\"" + base + "/jwks\","
                        + "\"end_session_endpoint\":\"" + base + "/logout\",\"response_types_supported\":[\"code\"],"
                        + "\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
