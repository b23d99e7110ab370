package org.entente.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import java.net.URI;
import java.util.Optional;

/**
 * The OpenID Connect provider named by {@code ENTENTE_OIDC_ISSUER} (its endpoints found by discovery) and the
 * client Entente is there ({@code ENTENTE_OIDC_CLIENT_ID}, {@code ENTENTE_OIDC_CLIENT_SECRET}).
 */
@Configuration
@WhenProvider
class OidcClient {

    static final String REGISTRATION = "entente";
    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION;

    private final OidcSettings settings;

    OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    @Bean
    ClientRegistrationRepository clientRegistrations() {
        return new InMemoryClientRegistrationRepository(registration(
                ClientRegistrations.fromIssuerLocation(settings.issuer())));
    }

    ClientRegistration registration(ClientRegistration.Builder discovered) {
        return discovered.registrationId(REGISTRATION).clientId(settings.clientId())
                .clientSecret(settings.clientSecret()).scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository registrations,
                                                    OAuth2AuthorizedClientRepository clients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    /** PKCE (S256) on every authorization request, confidential client or not. */
    OAuth2AuthorizationRequestResolver pkceRequests() {
        return pkceRequests(clientRegistrations());
    }

    static OAuth2AuthorizationRequestResolver pkceRequests(ClientRegistrationRepository registrations) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * Where signing out sends the browser after the form's post: the provider's end-session endpoint's origin,
     * which the pages' {@code form-action} must allow, for browsers apply it to a form's redirects too. Empty when
     * the provider has none (signing out then ends at Entente).
     */
    Optional<String> signOutOrigin() {
        Object endpoint = clientRegistrations().findByRegistrationId(REGISTRATION).getProviderDetails()
                .getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return Optional.empty();
        }
        URI uri = URI.create(endpoint.toString());
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    LogoutSuccessHandler logoutAtProvider() {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(
                clientRegistrations());
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }
}
