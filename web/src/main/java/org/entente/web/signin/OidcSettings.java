package org.entente.web.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect provider, if any: with an issuer, people sign in there (authorization code with PKCE);
 * without one, the development sign-in is offered instead. The claim names map the provider's ID token to
 * Entente's institution, display name and roles, and the institution's name the pages show (optional).
 */
@ConfigurationProperties("entente.oidc")
record OidcSettings(String issuer, String clientId, String clientSecret,
                    @DefaultValue("institution_id") String institutionClaim,
                    @DefaultValue("name") String nameClaim,
                    @DefaultValue("roles") String rolesClaim,
                    @DefaultValue("institution_name") String institutionNameClaim) {

    boolean configured() {
        return issuer != null && !issuer.isBlank();
    }
}
