package org.entente.query.replay;

import org.entente.query.readmodel.Tables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The life of a generation of read-model tables: created empty or seeded, completed, swapped in, dropped. */
@Component
class Generations {

    private final JdbcTemplate jdbc;

    Generations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty tables shaped like the live ones, with the same indexes, defaults and constraints. */
    void create(Tables generation) {
        drop(generation);
        for (int i = 0; i < Tables.LIVE.all().size(); i++) {
            jdbc.execute("CREATE TABLE " + generation.all().get(i) + " (LIKE " + Tables.LIVE.all().get(i)
                    + " INCLUDING ALL)");
        }
    }

    /**
     * Seeds a generation that replays from the offsets {@code startOffsets}: the live events and parked records
     * read before those offsets. Returns how many events it copied.
     */
    int seed(Tables generation, Map<PartitionKey, Long> startOffsets) {
        int events = 0;
        for (Map.Entry<PartitionKey, Long> start : startOffsets.entrySet()) {
            events += jdbc.update("INSERT INTO " + generation.events() + " SELECT * FROM " + Tables.LIVE.events()
                    + " WHERE kafka_partition = ? AND kafka_offset < ?", start.getKey().partition(), start.getValue());
            jdbc.update("INSERT INTO " + generation.parked() + " SELECT * FROM " + Tables.LIVE.parked()
                            + " WHERE topic = ? AND kafka_partition = ? AND kafka_offset < ?", start.getKey().topic(),
                    start.getKey().partition(), start.getValue());
        }
        return events;
    }

    /**
     * Gives every rebuilt event the feed position the live log gave it, or a new one if the live log never had
     * it, so that a client resuming a feed after the swap neither misses an event nor receives one twice.
     * Needs the live log locked: its positions must not move meanwhile.
     */
    void alignPositions(Tables generation) {
        jdbc.update("UPDATE " + generation.events() + " rebuilt SET position = live.position FROM "
                + Tables.LIVE.events() + " live WHERE live.event_id = rebuilt.event_id"
                + " AND live.position <> rebuilt.position");
        jdbc.update("UPDATE " + generation.events() + " rebuilt SET position = nextval('partnership_event_position_seq')"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + Tables.LIVE.events() + " live"
                + " WHERE live.event_id = rebuilt.event_id) AND rebuilt.position <= (SELECT coalesce(max(position), 0)"
                + " FROM " + Tables.LIVE.events() + ")");
    }

    /** Renames the live generation to {@code retired} and {@code generation} into its place. */
    void swap(Tables generation, Tables retired) {
        for (int i = 0; i < Tables.LIVE.all().size(); i++) {
            jdbc.execute("ALTER TABLE " + Tables.LIVE.all().get(i) + " RENAME TO " + retired.all().get(i));
            jdbc.execute("ALTER TABLE " + generation.all().get(i) + " RENAME TO " + Tables.LIVE.all().get(i));
        }
    }

    void drop(Tables generation) {
        if (generation.isLive()) {
            throw new IllegalArgumentException("The live tables are never dropped");
        }
        jdbc.execute("DROP TABLE IF EXISTS " + String.join(", ", generation.all()));
    }
}
