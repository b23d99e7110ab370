package org.entente.command.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many commands an institution may send: {@code perMinute} on average, {@code burst} at once; and how many
 * reads of the public log one client address may make without signing in: {@code publicPerMinute} and
 * {@code publicBurst}. Zero per minute turns a quota off.
 */
@ConfigurationProperties("entente.rate-limit")
record RateLimitSettings(long perMinute, long burst, long publicPerMinute, long publicBurst) {
}
