package org.entente.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is checked once; its expiry on every use; a refused token is never kept. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aValidToken_isVerifiedOnce_andAnsweredFromMemoryAfterwards() {
        JwtDecoder decoder = new VerifiedTokens(verifier(Instant.now().plusSeconds(600)), 100);

        Jwt first = decoder.decode("token-a");
        Jwt again = decoder.decode("token-a");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aKnownTokenThatExpired_isRefused() {
        JwtDecoder decoder = new VerifiedTokens(verifier(Instant.now().minusSeconds(3_600)), 100);
        decoder.decode("token-b");

        assertThatThrownBy(() -> decoder.decode("token-b")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("no longer valid");
    }

    @Test
    void aRefusedToken_isCheckedAfreshEachTime() {
        JwtDecoder refusing = token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        JwtDecoder decoder = new VerifiedTokens(refusing, 100);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    /** Stands for the signature check: accepts any token, which expires at {@code expiresAt}. */
    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                    .issuedAt(expiresAt.minusSeconds(3_600)).expiresAt(expiresAt).build();
        };
    }
}
