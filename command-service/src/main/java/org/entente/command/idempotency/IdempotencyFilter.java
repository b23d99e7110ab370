package org.entente.command.idempotency;

import org.entente.command.vault.PersonDigest;
import org.entente.platform.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.command.web.BodyTooLarge;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A POST sent with an {@code Idempotency-Key} is handled once per caller and key. The key is claimed in the very
 * transaction that appends the command's events, so the two commit together or not at all; a retry gets the
 * first outcome back (marked {@code Idempotency-Replayed: true}) and appends nothing, and a concurrent duplicate
 * waits for the first to finish, then gets its outcome. Reusing a key for another request answers 422.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final OutcomeStore outcomes;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    IdempotencyFilter(OutcomeStore outcomes, PlatformTransactionManager transactions, ObjectMapper json) {
        this.outcomes = outcomes;
        this.transactions = new TransactionTemplate(transactions);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The vault's POST only reads, and its answers hold people's values: none is ever kept here.
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || request.getRequestURI().startsWith("/vault/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters."));
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = new CachedBodyRequest(request);
        } catch (BodyTooLarge tooLarge) {
            problem(response, BodyTooLarge.problem());
            return;
        }
        RequestFingerprint fingerprint = RequestFingerprint.of(request, cached.body());
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        // Who asked, kept as the digest of their identifier: nothing of the person is stored with the outcome.
        Optional<StoredOutcome> earlier = handleOnce(PersonDigest.of(caller.getName()), key, fingerprint, cached,
                captured, chain);
        if (earlier.isPresent()) {
            replay(earlier.get(), fingerprint, response);
            return;
        }
        captured.copyBodyToResponse();
    }

    /** Handles the request unless the key was used already; then returns that first outcome. */
    private Optional<StoredOutcome> handleOnce(String caller, String key, RequestFingerprint fingerprint,
            CachedBodyRequest request, ContentCachingResponseWrapper response, FilterChain chain)
            throws ServletException, IOException {
        try {
            boolean handled = Boolean.TRUE.equals(transactions.execute(status -> {
                if (!outcomes.claim(caller, key, fingerprint.hash())) {
                    return false;
                }
                Chains.proceed(chain, request, response);
                if (response.getStatus() >= 500) {
                    status.setRollbackOnly();
                } else {
                    outcomes.complete(caller, key, fingerprint.hash(), response.getStatus(), etag(response),
                            response.getHeader(HttpHeaders.LOCATION), body(response));
                }
                return true;
            }));
            return handled ? Optional.empty() : outcomes.find(caller, key);
        } catch (UnexpectedRollbackException refused) {
            // The command was refused and rolled back: nothing was appended. Its answer is the outcome to keep.
            if (response.getStatus() < 500) {
                transactions.executeWithoutResult(status -> outcomes.complete(caller, key, fingerprint.hash(),
                        response.getStatus(), etag(response), response.getHeader(HttpHeaders.LOCATION),
                        body(response)));
            }
            return Optional.empty();
        } catch (Chains.Failure failure) {
            throw failure.unwrap();
        }
    }

    private void replay(StoredOutcome outcome, RequestFingerprint fingerprint, HttpServletResponse response)
            throws IOException {
        if (!outcome.requestHash().equals(fingerprint.hash())) {
            problem(response, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was used for another request; use a new key for a new request."));
            return;
        }
        if (!outcome.isComplete()) {
            problem(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use",
                    "A request with this Idempotency-Key is still being handled; retry shortly."));
            return;
        }
        response.setStatus(outcome.status());
        response.setHeader("Idempotency-Replayed", "true");
        if (outcome.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, outcome.etag());
        }
        if (outcome.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, outcome.location());
        }
        response.setContentType(outcome.status() >= 400 ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
                : MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(outcome.body().getBytes(StandardCharsets.UTF_8));
    }

    private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String etag(ContentCachingResponseWrapper response) {
        return response.getHeader(HttpHeaders.ETAG);
    }

    private static String body(ContentCachingResponseWrapper response) {
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
