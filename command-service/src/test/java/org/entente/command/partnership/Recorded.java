package org.entente.command.partnership;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The events recorded since an instant (by the store's own timestamps, of the real time), for a rate. */
record Recorded(long events, Instant first, Instant last) {

    static Recorded since(JdbcTemplate jdbc, Instant instant) {
        List<Instant> times = jdbc.queryForList("SELECT timeStamp FROM DomainEventEntry", String.class).stream()
                .map(Instant::parse).filter(time -> !time.isBefore(instant)).sorted().toList();
        if (times.isEmpty()) {
            throw new AssertionError("No event recorded since " + instant);
        }
        return new Recorded(times.size(), times.get(0), times.get(times.size() - 1));
    }

    double firstAfter(Instant instant) {
        return Duration.between(instant, first).toMillis() / 1e3;
    }

    double perSecond() {
        return events / Math.max(0.001, Duration.between(first, last).toMillis() / 1e3);
    }
}
