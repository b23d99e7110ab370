package org.entente.cli.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a command database holds, counted in the caller's transaction: what a backup states and a restore checks. */
record EventStoreFigures(long events, long partnerships, long lastGlobalIndex, long idempotencyRecords) {

    static EventStoreFigures of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet counted = statement.executeQuery("SELECT count(*), count(DISTINCT aggregateidentifier), "
                     + "coalesce(max(globalindex), 0), (SELECT count(*) FROM idempotency_key) FROM domainevententry")) {
            counted.next();
            return new EventStoreFigures(counted.getLong(1), counted.getLong(2), counted.getLong(3),
                    counted.getLong(4));
        }
    }

    static EventStoreFigures of(BackupManifest manifest) {
        return new EventStoreFigures(manifest.events(), manifest.partnerships(), manifest.lastGlobalIndex(),
                manifest.idempotencyRecords());
    }

    @Override
    public String toString() {
        return String.format("%d events of %d partnerships (last global index %d) and %d idempotency records",
                events, partnerships, lastGlobalIndex, idempotencyRecords);
    }
}
