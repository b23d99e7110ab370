package org.entente.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The attack suite found it (TokenAttackIT): Spring's expiry check passes a token that has no expiry at all, which
 * would then be valid for ever. Ours refuses it; the same token with an expiry is accepted.
 */
class BearerTokensTest {

    private static final RSAKey KEY = generate();
    private final JwtDecoder decoder = BearerTokens.decoder(new JwtSettings("urn:entente:dev", "entente", "",
            new ByteArrayResource(pem().getBytes())));

    @Test
    void springsOwnExpiryCheck_passesATokenWithoutExpiry() {
        Jwt withoutExpiry = Jwt.withTokenValue("t").header("alg", "RS256").subject("claire").build();

        assertThat(new JwtTimestampValidator().validate(withoutExpiry).hasErrors()).isFalse();
    }

    @Test
    void aTokenWithoutExpiry_isRefused() throws Exception {
        String token = sign(claims().expirationTime(null).build());

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("exp");
    }

    @Test
    void theSameTokenWithAnExpiry_isAccepted() throws Exception {
        assertThat(decoder.decode(sign(claims().build())).getSubject()).isEqualTo("claire-martin");
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("urn:entente:dev").audience("entente").subject("claire-martin")
                .claim("institution_id", "ccas-metz").claim("roles", List.of("partner")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private static String pem() {
        try {
            return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                    KEY.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
