package org.entente.command.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.entente.command.web.Caller;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.concurrent.TimeUnit;

/**
 * Every command (a {@code POST} on {@code /partnerships}) counts against its institution's quota, before its body
 * is read; beyond it, 429 with {@code Retry-After}. Reads are not counted. A refusal stores nothing, and is not
 * kept as the outcome of its Idempotency-Key: the same request, retried later, is handled.
 */
@Configuration
class QuotaInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    private final InstitutionQuotas quotas;

    QuotaInterceptor(InstitutionQuotas quotas) {
        this.quotas = quotas;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/partnerships", "/partnerships/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!quotas.enabled() || !HttpMethod.POST.matches(request.getMethod()) || authentication == null) {
            return true;
        }
        String institution = Caller.of(authentication).institutionId();
        ConsumptionProbe probe = quotas.take(institution == null ? "" : institution);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            throw new QuotaExceeded(institution, seconds);
        }
        return true;
    }
}
