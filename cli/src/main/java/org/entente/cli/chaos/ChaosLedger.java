package org.entente.cli.chaos;

import org.entente.cli.workload.InstallationSql;
import org.entente.cli.workload.Workload;

import org.entente.devstack.Database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The battery's look into the databases themselves: the event store against the acknowledged commands, the
 * ledger's leaves (gap-free, one per event, each index as it was at the previous look), and the read models'
 * order. Read-only.
 */
final class ChaosLedger {

    private final Database commands;
    private final Database reads;
    private Map<String, Long> indexesBefore = Map.of();

    ChaosLedger(Database commands, Database reads) {
        this.commands = commands;
        this.reads = reads;
    }

    /** Acknowledged commands whose partnership holds no event at the version they answered. */
    long lost(List<Workload.Acknowledged> acknowledged) throws SQLException {
        Map<String, Long> last = new HashMap<>();
        InstallationSql.query(commands, "SELECT aggregateIdentifier, max(sequenceNumber) FROM DomainEventEntry GROUP BY 1",
                row -> last.put(row.getString(1), row.getLong(2)));
        return acknowledged.stream().filter(ack -> last.getOrDefault(ack.partnershipId(), -1L) < ack.version())
                .count();
    }

    /** What is wrong with the ledger, in words; empty when every check holds. */
    List<String> problems() throws SQLException {
        List<String> problems = new ArrayList<>();
        long events = InstallationSql.count(commands, "SELECT count(*) FROM DomainEventEntry");
        long leaves = InstallationSql.count(commands, "SELECT count(*) FROM ledger_leaf");
        long last = InstallationSql.count(commands, "SELECT coalesce(max(ledger_index), -1) FROM ledger_leaf");
        long size = InstallationSql.count(commands, "SELECT size FROM ledger_head WHERE id = 1");
        long unlogged = InstallationSql.count(commands, "SELECT count(*) FROM DomainEventEntry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM ledger_leaf l WHERE l.event_identifier = e.eventIdentifier)");
        if (leaves != last + 1 || leaves != size) {
            problems.add("ledger not gap-free: " + leaves + " leaves, last index " + last + ", head " + size);
        }
        if (leaves != events || unlogged != 0) {
            problems.add(events + " events, " + leaves + " leaves, " + unlogged + " events without a leaf");
        }
        Map<String, Long> indexes = new HashMap<>();
        InstallationSql.query(commands, "SELECT event_identifier, ledger_index FROM ledger_leaf",
                row -> indexes.put(row.getString(1), row.getLong(2)));
        long moved = indexesBefore.entrySet().stream()
                .filter(e -> !e.getValue().equals(indexes.get(e.getKey()))).count();
        if (moved > 0) {
            problems.add(moved + " leaves changed index since the previous scenario");
        }
        indexesBefore = indexes;
        long published = countDifferent(indexes);
        if (published > 0) {
            problems.add(published + " events carry another ledger index in the read models than in the store");
        }
        long outOfOrder = InstallationSql.count(reads, "SELECT count(*) FROM (SELECT position < lag(position) OVER "
                + "(PARTITION BY partnership_id ORDER BY sequence) AS early FROM partnership_event) e WHERE early");
        long behind = InstallationSql.count(reads, "SELECT count(*) FROM partnership p WHERE p.last_sequence <> "
                + "(SELECT count(*) - 1 FROM partnership_event e WHERE e.partnership_id = p.id)");
        if (outOfOrder + behind > 0) {
            problems.add(outOfOrder + " events applied out of order; " + behind
                    + " partnerships whose state is not at their last event");
        }
        return problems;
    }

    private long countDifferent(Map<String, Long> indexes) throws SQLException {
        long[] different = {0};
        InstallationSql.query(reads, "SELECT event_id, ledger_index FROM partnership_event", row -> {
            if (!Long.valueOf(row.getLong(2)).equals(indexes.get(row.getString(1)))) {
                different[0]++;
            }
        });
        return different[0];
    }
}
