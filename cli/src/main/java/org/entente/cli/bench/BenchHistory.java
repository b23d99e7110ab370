package org.entente.cli.bench;

import org.entente.cli.workload.InstallationSql;

import org.entente.devstack.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * History for the benchmark to run on: {@code N} events added to the event store at once, copies of the lives
 * stored so far under new partnership ids (the payload's partnership id rewritten, new event ids), which the
 * publisher then puts on the topic and the query side takes in like any other. Living them through the command
 * side would take half an hour per million events. The copies carry no ledger leaf (their metadata loses its
 * chain hash and leaf index), as events stored before the ledger existed: the ledger is not what this measures.
 */
final class BenchHistory {

    private static final String COPY = """
            INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp,
                payloadType, payloadRevision, payload, metaData)
            SELECT gen_random_uuid()::text, copy_id, sequenceNumber, type, timeStamp, payloadType, payloadRevision,
                convert_to(replace(convert_from(payload, 'UTF8'), aggregateIdentifier, copy_id), 'UTF8'),
                convert_to(((convert_from(metaData, 'UTF8')::jsonb) - 'chainHash' - 'ledgerIndex')::text, 'UTF8')
            FROM (SELECT e.*, md5(e.aggregateIdentifier || '/' || copy.n)::uuid::text AS copy_id, copy.n
                  FROM DomainEventEntry e, generate_series(1, ?) AS copy(n)
                  WHERE e.globalIndex <= ?) AS source
            ORDER BY n, globalIndex
            LIMIT ?""";

    private BenchHistory() {
    }

    /** Adds {@code events} copies; answers how long the insert took, in seconds. */
    static double add(Database commands, long events) throws SQLException {
        long stored = InstallationSql.count(commands, "SELECT count(*) FROM DomainEventEntry");
        long last = InstallationSql.count(commands, "SELECT coalesce(max(globalIndex), 0) FROM DomainEventEntry");
        if (stored == 0) {
            throw new IllegalStateException("Nothing stored to copy: the warm-up comes first");
        }
        long began = System.nanoTime();
        try (Connection connection = InstallationSql.connect(commands);
             PreparedStatement copy = connection.prepareStatement(COPY)) {
            copy.setLong(1, (events + stored - 1) / stored);
            copy.setLong(2, last);
            copy.setLong(3, events);
            copy.executeUpdate();
        }
        return (System.nanoTime() - began) / 1e9;
    }
}
