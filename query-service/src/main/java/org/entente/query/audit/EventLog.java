package org.entente.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.events.EventCatalog;
import org.entente.events.PartnershipEvent;
import org.entente.query.readmodel.ContractReader;
import org.entente.query.readmodel.LedgerEntry;
import org.entente.query.readmodel.ReceivedEvent;
import org.entente.query.readmodel.Tables;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static java.time.temporal.ChronoUnit.MICROS;

/** Writes and reads the log of received events. */
@Repository
public class EventLog {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final ObjectMapper json;
    private final ContractReader contract;

    EventLog(JdbcTemplate jdbc, @Qualifier("defaultAxonObjectMapper") ObjectMapper json, ContractReader contract) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        // Inside a transaction, rows come through a cursor, a thousand at a time, not all at once.
        this.streaming.setFetchSize(1_000);
        this.json = json;
        this.contract = contract;
    }

    /**
     * Makes this transaction the log's one writer until it ends, before it reads anything. One writer at a time
     * (the live consumer, a retry) gives feed positions in the order they become visible, so a feed reader never
     * passes a position still to come. And a replay's switch, which holds the live tables against writers and then
     * renames them, would deadlock with a writer that read first and wrote next; one that asks first just waits.
     */
    public void lockForWriting(Tables tables) {
        // SHARE ROW EXCLUSIVE: excludes other writers and the switch, never readers.
        jdbc.execute("LOCK TABLE " + tables.events() + " IN SHARE ROW EXCLUSIVE MODE");
    }

    /** Whether {@code tables} logged the event already. */
    public boolean contains(Tables tables, String eventId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM " + tables.events() + " WHERE event_id = ?)", Boolean.class, eventId));
    }

    /**
     * Logs the event unless its id was logged before; true the first time. Its time is kept to the microsecond,
     * truncated as the live fold truncates it, since PostgreSQL would round instead. An event keeps the position
     * the live log gave it, so that a rebuilt log resumes every feed where it was; a new event takes the next one.
     */
    public boolean record(Tables tables, ReceivedEvent received) {
        return jdbc.update(insert(tables), arguments(received)) == 1;
    }

    /**
     * Logs the events, in order, in one batch of statements, each unless its id was logged before, as
     * {@link #record} does; returns those logged now, in order.
     */
    public List<ReceivedEvent> recordAll(Tables tables, List<ReceivedEvent> received) {
        int[] counts = jdbc.batchUpdate(insert(tables), received.stream().map(this::arguments).toList());
        List<ReceivedEvent> logged = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
                logged.add(received.get(i));
            }
        }
        return logged;
    }

    /** Which of these event ids {@code tables} logged already. */
    public Set<String> logged(Tables tables, Collection<String> eventIds) {
        return new HashSet<>(jdbc.queryForList("SELECT event_id FROM " + tables.events()
                + " WHERE event_id = ANY (?)", String.class, (Object) eventIds.toArray(String[]::new)));
    }

    private static String insert(Tables tables) {
        return "INSERT INTO " + tables.events() + """
                         (event_id, partnership_id, sequence, type, occurred_at, actor_id, actor_institution,
                            correlation_id, causation_id, data, kafka_partition, kafka_offset, actor_name,
                            chain_hash, ledger_index, published_time, published_data, leaf_data, effective_date,
                            envelope_version, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(
                            (SELECT position FROM partnership_event WHERE event_id = ?),
                            nextval('partnership_event_position_seq')))
                        ON CONFLICT (event_id) DO NOTHING""";
    }

    private Object[] arguments(ReceivedEvent received) {
        PartnershipEvent event = received.event();
        LedgerEntry ledger = received.ledger();
        return new Object[] {received.eventId(), event.partnershipId(), received.sequence(),
                EventCatalog.cloudEventType(event.getClass()), Timestamp.from(received.occurredAt().truncatedTo(MICROS)),
                received.actorId(), received.actorInstitution(), received.correlationId(), received.causationId(),
                toJson(event), received.partition(), received.offset(), ledger == null ? null : ledger.actorName(),
                ledger == null ? null : ledger.chainHash(), ledger == null ? null : ledger.ledgerIndex(),
                ledger == null ? null : ledger.publishedTime(), ledger == null ? null : ledger.publishedData(),
                ledger == null ? null : ledger.leafData(), received.effectiveDate(),
                ledger == null ? 1 : ledger.envelope(), received.eventId()};
    }

    public List<LoggedEvent> of(UUID partnershipId) {
        return page(partnershipId, 0, Long.MAX_VALUE);
    }

    /** Events {@code offset} to {@code offset + limit} of the partnership's stream, in order. */
    public List<LoggedEvent> page(UUID partnershipId, long offset, long limit) {
        return jdbc.query("SELECT * FROM partnership_event WHERE partnership_id = ? ORDER BY sequence "
                        + "OFFSET ? LIMIT ?",
                (row, n) -> logged(row), partnershipId, offset, limit);
    }

    private static LoggedEvent logged(ResultSet row) throws SQLException {
        return new LoggedEvent(row.getString("event_id"), row.getObject("partnership_id", UUID.class),
                row.getLong("sequence"), row.getString("type"), row.getTimestamp("occurred_at").toInstant(),
                row.getString("actor_id"), row.getString("actor_institution"), row.getString("correlation_id"),
                row.getString("causation_id"), row.getString("data"), ledger(row),
                row.getObject("effective_date", LocalDate.class));
    }

    private static LedgerEntry ledger(ResultSet row) throws SQLException {
        Long index = row.getObject("ledger_index", Long.class);
        return index == null ? null : new LedgerEntry(row.getString("chain_hash"), index,
                row.getString("actor_name"), row.getString("published_time"), row.getString("published_data"),
                row.getBytes("leaf_data"), row.getInt("envelope_version"));
    }

    /**
     * Hands each partnership's logged events of {@code tables}, in order, to {@code each}, one partnership at a
     * time: how a rebuild folds what it copied instead of reading it again from the topic.
     */
    public void forEachPartnership(Tables tables, Consumer<List<ReceivedEvent>> each) {
        List<ReceivedEvent> current = new ArrayList<>();
        streaming.query("SELECT * FROM " + tables.events() + " ORDER BY partnership_id, sequence", row -> {
            LoggedEvent logged = logged(row);
            ReceivedEvent event = new ReceivedEvent(logged.eventId(), payload(logged), logged.sequence(),
                    logged.occurredAt(), logged.actorId(), logged.actorInstitution(), logged.correlationId(),
                    logged.causationId(), row.getObject("kafka_partition", Integer.class),
                    row.getObject("kafka_offset", Long.class), logged.ledger(), logged.effectiveDate());
            if (!current.isEmpty() && !current.get(0).event().partnershipId().equals(event.event().partnershipId())) {
                each.accept(List.copyOf(current));
                current.clear();
            }
            current.add(event);
        });
        if (!current.isEmpty()) {
            each.accept(List.copyOf(current));
        }
    }

    /** The event a logged one holds, read as today's contract reads the revision it was logged under. */
    public PartnershipEvent payload(LoggedEvent event) {
        try {
            return contract.read(contract.reading(event.type()), event.data().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | IOException e) {
            throw new IllegalStateException("Logged " + event.type() + " is unreadable", e);
        }
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
