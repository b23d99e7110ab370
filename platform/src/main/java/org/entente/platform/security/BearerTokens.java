package org.entente.platform.security;

import org.entente.platform.problem.ProblemSecurityHandlers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;

/**
 * A service as an OAuth2 resource server (DESIGN §6): stateless, bearer tokens only, roles from the
 * {@code roles} claim, and every refusal in problem+json. Each service adds its own access rules.
 */
public final class BearerTokens {

    /** The claim that carries a person's roles (partner, signatory, auditor, reporter, admin). */
    public static final String ROLES_CLAIM = "roles";

    private BearerTokens() {
    }

    public static HttpSecurity resourceServer(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
    }

    public static JwtDecoder decoder(JwtSettings settings) {
        NimbusJwtDecoder decoder = settings.usesJwkSet()
                ? NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build()
                : NimbusJwtDecoder.withPublicKey(readPublicKey(settings)).build();
        // Signature and expiry are checked by default, the expiry only when the token has one: a token without
        // one would be valid for ever, and is refused. Issuer and audience we add, so that a token minted for
        // another system is refused even when signed by a key we trust.
        JwtClaimValidator<Object> expires = new JwtClaimValidator<>(JwtClaimNames.EXP, java.util.Objects::nonNull);
        JwtClaimValidator<Collection<String>> audience = new JwtClaimValidator<>(JwtClaimNames.AUD,
                aud -> aud != null && aud.contains(settings.audience()));
        // Every recorded act names its actor: a token without a subject identifies nobody.
        JwtClaimValidator<String> subject = new JwtClaimValidator<>(JwtClaimNames.SUB,
                sub -> sub != null && !sub.isBlank());
        // Every decision needs the institution acted for and the roles held: a token without either is no
        // credential for Entente, refused as unauthenticated before any rule is asked.
        JwtClaimValidator<Object> institution = new JwtClaimValidator<>("institution_id",
                value -> value instanceof String text && !text.isBlank());
        JwtClaimValidator<Object> roles = new JwtClaimValidator<>(ROLES_CLAIM,
                value -> value instanceof Collection<?> || value instanceof String);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer()), expires, audience, subject, institution,
                roles));
        return new VerifiedTokens(decoder, 10_000);
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static RSAPublicKey readPublicKey(JwtSettings settings) {
        try (InputStream pem = settings.publicKey().getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token public key at " + settings.publicKey()
                    + " (set ENTENTE_JWT_PUBLIC_KEY or ENTENTE_JWT_JWK_SET_URI; ./entente up creates a dev key)", e);
        }
    }
}
