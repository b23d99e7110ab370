package org.entente.query.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.entente.query.intake.ParkedEvents;
import org.springframework.stereotype.Component;

/**
 * {@code entente.parked.events}: how many records are parked now. A parked record stops a partnership's view from
 * moving on, so it is worth an alert; the count is read at each scrape.
 */
@Component
class ParkedEventsGauge {

    ParkedEventsGauge(MeterRegistry registry, ParkedEvents parked) {
        Gauge.builder("entente.parked.events", () -> parked.count(null))
                .description("Records parked by the read side, failed or waiting behind a failed one")
                .register(registry);
    }
}
