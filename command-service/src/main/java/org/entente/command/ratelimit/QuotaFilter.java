package org.entente.command.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.command.ledger.PublicLedger;
import org.entente.platform.security.Caller;
import org.entente.platform.problem.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Every command (a {@code POST} on {@code /partnerships}) counts against its institution's quota, after the token
 * is checked and before anything else: beyond it, 429 with {@code Retry-After}. It runs before the idempotency
 * filter, so a refused request neither stores anything nor spends its Idempotency-Key: the same request, retried
 * later, is handled. Reads by signed-in callers are not counted; anonymous reads of the public log count against
 * their client address's quota, so that nobody can keep the service busy without an account.
 */
@Component
@Order(0)
class QuotaFilter extends OncePerRequestFilter {

    private final Quotas commands;
    private final Quotas publicReads;
    private final ObjectMapper json;

    QuotaFilter(RateLimitSettings settings, ObjectMapper json) {
        this.commands = new Quotas(settings.perMinute(), settings.burst());
        this.publicReads = new Quotas(settings.publicPerMinute(), settings.publicBurst());
        this.json = json;
    }

    /** Both quotas off: nothing to count. Which quota a request falls under is matched once, when it is filtered. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !commands.enabled() && !publicReads.enabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = caller != null && caller.isAuthenticated()
                && !(caller instanceof AnonymousAuthenticationToken);
        if (signedIn && commands.enabled() && command(request)) {
            String institution = Caller.of(caller).institutionId();
            if (refused(commands.take(institution), response, "Your institution (" + institution
                    + ") sent more commands than its quota allows")) {
                return;
            }
        } else if (!signedIn && publicReads.enabled() && PublicLedger.READS.matches(request)) {
            String address = request.getRemoteAddr();
            if (refused(publicReads.take(address), response, "Your address (" + address
                    + ") read the public log more often than its quota allows; signed-in readers are not limited")) {
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean command(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpMethod.POST.matches(request.getMethod())
                && (path.equals("/partnerships") || path.startsWith("/partnerships/"));
    }

    private boolean refused(ConsumptionProbe probe, HttpServletResponse response, String why) throws IOException {
        if (probe.isConsumed()) {
            return false;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                why + "; try again in " + seconds + " s."));
        return true;
    }
}
