package org.entente.query.replay;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.kafka.eventhandling.consumer.streamable.KafkaTrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the live read models are in the topic: the live consumer's committed token, which moves in the same
 * transactions as the live tables. Read under a lock of those tables, it is the exact position of their content.
 */
@Component
class LivePosition {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    LivePosition(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Partition to offset of the last record the live read models took; partitions never read are absent. */
    Map<PartitionKey, Long> lastApplied() {
        Map<PartitionKey, Long> positions = new HashMap<>();
        jdbc.query("SELECT token, tokenType FROM TokenEntry WHERE processorName = 'portfolio' AND token IS NOT NULL",
                row -> {
                    TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(row.getBytes(1),
                            byte[].class, row.getString(2), null));
                    KafkaTrackingToken.from(token).getPositions().forEach((partition, offset) ->
                            positions.merge(PartitionKey.of(partition), offset, Math::max));
                });
        return positions;
    }
}
