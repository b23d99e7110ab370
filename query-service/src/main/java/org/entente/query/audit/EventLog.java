package org.entente.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import static java.time.temporal.ChronoUnit.MICROS;

/** Writes and reads the log of received events. */
@Repository
public class EventLog {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventLog(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records the event unless its id was recorded before; true the first time. Its time is kept to the
     * microsecond, truncated as the live fold truncates it, since PostgreSQL would round instead. Runs in the transaction of the
     * projections, so a recorded event is also a projected one.
     */
    public boolean recordFirstDelivery(EventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        PartnershipEvent payload = (PartnershipEvent) event.getPayload();
        return jdbc.update("""
                        INSERT INTO partnership_event (event_id, partnership_id, sequence, type, occurred_at, actor_id,
                            actor_institution, correlation_id, causation_id, data)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                        ON CONFLICT (event_id) DO NOTHING""",
                event.getIdentifier(), payload.partnershipId(), event.getSequenceNumber(),
                EventCatalog.cloudEventType(payload.getClass()), Timestamp.from(event.getTimestamp().truncatedTo(MICROS)),
                event.getMetaData().get("actorId"), event.getMetaData().get("actorInstitution"),
                event.getMetaData().get("traceId"), event.getMetaData().get("correlationId"), toJson(payload)) == 1;
    }

    public List<LoggedEvent> of(UUID partnershipId) {
        return page(partnershipId, 0, Long.MAX_VALUE);
    }

    /** Events {@code offset} to {@code offset + limit} of the partnership's stream, in order. */
    public List<LoggedEvent> page(UUID partnershipId, long offset, long limit) {
        return jdbc.query("SELECT * FROM partnership_event WHERE partnership_id = ? ORDER BY sequence "
                        + "OFFSET ? LIMIT ?",
                (row, n) -> new LoggedEvent(row.getString("event_id"), row.getObject("partnership_id", UUID.class),
                        row.getLong("sequence"), row.getString("type"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor_id"), row.getString("actor_institution"),
                        row.getString("correlation_id"), row.getString("causation_id"), row.getString("data")),
                partnershipId, offset, limit);
    }

    public long count(UUID partnershipId) {
        return jdbc.queryForObject("SELECT count(*) FROM partnership_event WHERE partnership_id = ?", Long.class,
                partnershipId);
    }

    private String toJson(PartnershipEvent payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot log " + payload.getClass().getSimpleName(), e);
        }
    }
}
