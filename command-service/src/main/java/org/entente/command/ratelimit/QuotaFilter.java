package org.entente.command.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.command.web.Caller;
import org.entente.platform.problem.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Every command (a {@code POST} on {@code /partnerships}) counts against its institution's quota, after the token
 * is checked and before anything else: beyond it, 429 with {@code Retry-After}. Reads are not counted. It runs
 * before the idempotency filter, so a refused request neither stores anything nor spends its Idempotency-Key: the
 * same request, retried later, is handled.
 */
@Component
@Order(0)
class QuotaFilter extends OncePerRequestFilter {

    private final InstitutionQuotas quotas;
    private final ObjectMapper json;

    QuotaFilter(InstitutionQuotas quotas, ObjectMapper json) {
        this.quotas = quotas;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !quotas.enabled() || !HttpMethod.POST.matches(request.getMethod())
                || !(path.equals("/partnerships") || path.startsWith("/partnerships/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()) {
            String institution = Caller.of(authentication).institutionId();
            ConsumptionProbe probe = quotas.take(institution);
            if (!probe.isConsumed()) {
                refuse(response, institution, probe);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String institution, ConsumptionProbe probe)
            throws IOException {
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Your institution (" + institution + ") sent more commands than its quota allows; try again in "
                        + seconds + " s."));
    }
}
