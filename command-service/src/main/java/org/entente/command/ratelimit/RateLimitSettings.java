package org.entente.command.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many commands an institution may send: {@code perMinute} on average, {@code burst} at once. Zero per minute
 * turns the quota off.
 */
@ConfigurationProperties("entente.rate-limit")
record RateLimitSettings(long perMinute, long burst) {
}
