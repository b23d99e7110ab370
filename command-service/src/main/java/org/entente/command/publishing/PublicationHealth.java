package org.entente.command.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/**
 * {@code publication} in the command service's health: how many stored events the broker has not acknowledged
 * yet. The publisher's position (TokenEntry) advances only once the broker acknowledged (wait_for_ack), so the
 * events stored after it are exactly what is stored but not yet on the topic.
 */
@Component("publication")
class PublicationHealth implements HealthIndicator {

    static final String PUBLISHER = "__axon-kafka-event-publishing-group";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PublicationHealth(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Health health() {
        long newest = jdbc.queryForObject("SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry", Long.class);
        List<byte[]> tokens = jdbc.query("SELECT token FROM TokenEntry WHERE processorName = ?",
                (row, n) -> row.getBytes("token"), PUBLISHER);
        long published = tokens.stream().mapToLong(this::position).min().orElse(-1);
        // Counted, not subtracted: global indexes have gaps (a rolled-back insert still takes its number), and a
        // difference of indexes would report events that do not exist. The count walks the primary key from the
        // publisher's position, so it costs what the lag is, not what the store holds.
        long lag = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE globalIndex > ?", Long.class,
                published);
        return Health.up().withDetail("storedEvents", newest + 1).withDetail("publicationLag", lag).build();
    }

    /** The global index up to which the publisher is through: Axon's token, as the Jackson serializer wrote it. */
    private long position(byte[] token) {
        if (token == null) {
            return -1;
        }
        try {
            JsonNode node = json.readTree(token);
            JsonNode index = node.has("index") ? node.get("index") : node.get("globalIndex");
            return index == null ? -1 : index.asLong();
        } catch (IOException unreadable) {
            return -1;
        }
    }
}
