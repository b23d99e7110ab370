package org.entente.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Which tokens to trust: signed by the identity provider's JWK set or by a configured public key, issued by
 * {@code issuer} and meant for {@code audience}.
 */
@ConfigurationProperties("entente.security")
public record JwtSettings(String issuer, String audience, String jwkSetUri, Resource publicKey) {

    public boolean usesJwkSet() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }
}
