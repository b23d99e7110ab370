package org.entente.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * A decoder that checks each token's signature once: a person's client sends the same token with every request
 * until it expires, and an RSA verification was a tenth of a command's CPU (BENCHMARKS.md, issue 12). A token seen
 * before is taken from memory and its times checked again on every use, so it stops working when it expires,
 * exactly as without the cache. Only tokens that passed every check are kept; a refused one is checked afresh
 * each time.
 */
final class VerifiedTokens implements JwtDecoder {

    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> times = new JwtTimestampValidator();
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, long maximumSize) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(KEPT_FOR).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt checked = verifier.decode(token);
            verified.put(token, checked);
            return checked;
        }
        OAuth2TokenValidatorResult result = times.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The token is no longer valid", result.getErrors());
        }
        return known;
    }
}
