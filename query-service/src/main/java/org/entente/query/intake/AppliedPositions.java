package org.entente.query.intake;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the live read models are in the topic, read from their content: per partition, the offset of the last
 * record they logged or parked. Records of a partition are applied in order, so every record up to that offset
 * was taken (or was a duplicate, which changes nothing), and none after it.
 */
@Component
public class AppliedPositions {

    private final JdbcTemplate jdbc;

    AppliedPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Partition to offset of the last record applied; partitions never read are absent. */
    public Map<Integer, Long> lastApplied() {
        Map<Integer, Long> positions = new HashMap<>();
        // The partitions present, by index jumps rather than a scan of millions of rows; then one lookup each.
        List<Integer> partitions = jdbc.queryForList("""
                WITH RECURSIVE partitions AS (
                    SELECT min(kafka_partition) AS number FROM partnership_event
                    UNION ALL
                    SELECT (SELECT min(kafka_partition) FROM partnership_event WHERE kafka_partition > number)
                    FROM partitions WHERE number IS NOT NULL)
                SELECT number FROM partitions WHERE number IS NOT NULL""", Integer.class);
        for (int partition : partitions) {
            positions.put(partition, jdbc.queryForObject(
                    "SELECT max(kafka_offset) FROM partnership_event WHERE kafka_partition = ?", Long.class, partition));
        }
        jdbc.query("SELECT kafka_partition, max(kafka_offset) FROM parked_event GROUP BY kafka_partition",
                row -> {
                    positions.merge(row.getInt(1), row.getLong(2), Math::max);
                });
        return positions;
    }
}
