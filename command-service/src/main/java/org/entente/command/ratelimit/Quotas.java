package org.entente.command.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * One token bucket per key (Bucket4j): {@code burst} at once, refilled at {@code perMinute}; zero per minute turns
 * the quota off. The buckets live in this instance's memory: with several instances, each grants the quota. A key
 * is forgotten once its bucket would be full again, and at most {@value #KEYS} are held, so that a crowd of client
 * addresses cannot fill the memory; a forgotten key starts with a full bucket, as it would have had anyway.
 */
final class Quotas {

    private static final int KEYS = 100_000;

    private final long perMinute;
    private final long burst;
    private final Cache<String, Bucket> buckets;

    Quotas(long perMinute, long burst) {
        this.perMinute = perMinute;
        this.burst = Math.max(1, burst);
        long minutesToRefill = perMinute > 0 ? (this.burst + perMinute - 1) / perMinute : 1;
        this.buckets = Caffeine.newBuilder().maximumSize(KEYS)
                .expireAfterAccess(Duration.ofMinutes(Math.max(1, minutesToRefill))).build();
    }

    boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one request from the key's quota; how long to wait when there is none left. */
    ConsumptionProbe take(String key) {
        return buckets.get(key, ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
