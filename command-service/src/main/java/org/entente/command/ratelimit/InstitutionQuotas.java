package org.entente.command.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per institution (Bucket4j): {@code burst} commands at once, refilled at {@code perMinute}. The
 * buckets live in this instance's memory: with several instances, each grants the quota.
 */
@Component
class InstitutionQuotas {

    private final RateLimitSettings settings;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    InstitutionQuotas(RateLimitSettings settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.perMinute() > 0;
    }

    /** Takes one command from the institution's quota; how long to wait when there is none left. */
    ConsumptionProbe take(String institution) {
        return buckets.computeIfAbsent(institution, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(1, settings.burst()))
                        .refillGreedy(settings.perMinute(), Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
