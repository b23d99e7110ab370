package org.entente.command.ledger;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;

/**
 * What of the log anyone may read without signing in: the key, the checkpoints, the C2SP tiles (hashes and entry
 * bundles, which are leaf data: hashes too) and the RFC 9162 proofs. None of it reveals a partnership's content,
 * and witnesses and monitors are outsiders with no Entente account. Issuing a checkpoint on demand (a write: signed,
 * stored, published) and the JSON listing of leaves (Entente's own monitor's API; outsiders read entry bundles)
 * stay behind sign-in. Anonymous readers are counted per client address (the rate limit's {@code public-…}).
 */
public final class PublicLedger {

    public static final RequestMatcher READS = new OrRequestMatcher(Arrays.stream(new String[]{"/ledger/key",
            "/ledger/checkpoint", "/ledger/checkpoints", "/ledger/tile/**", "/ledger/proof/**"})
            .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
            .toList());

    private PublicLedger() {
    }
}
