package org.entente.command.reconciliation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /admin/event-store/partnerships} (role {@code admin}): each partnership's count of stored events and
 * last sequence number, read in one snapshot, with the ledger's figures of the same snapshot. The query side's
 * reconciliation compares the topic and its read models with it.
 */
@RestController
class EventStoreSummaryController {

    /** One partnership as stored: events {@code 0 … lastSequence}, {@code events} of them. */
    record StoredPartnership(String id, long events, long lastSequence) {
    }

    /** The whole store: every partnership, the number of events, and the ledger's leaves. */
    record EventStoreSummary(long events, long ledgerLeaves, long ledgerSize,
                             List<StoredPartnership> partnerships) {
    }

    private final JdbcTemplate jdbc;

    EventStoreSummaryController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // Repeatable read: the partnerships and the ledger's figures come from one snapshot.
    @GetMapping("/admin/event-store/partnerships")
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public EventStoreSummary summary() {
        List<StoredPartnership> partnerships = jdbc.query("SELECT aggregateIdentifier, count(*), max(sequenceNumber) "
                        + "FROM DomainEventEntry GROUP BY aggregateIdentifier ORDER BY aggregateIdentifier",
                (row, n) -> new StoredPartnership(row.getString(1), row.getLong(2), row.getLong(3)));
        long leaves = jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class);
        long size = jdbc.queryForObject("SELECT size FROM ledger_head WHERE id = 1", Long.class);
        return new EventStoreSummary(partnerships.stream().mapToLong(StoredPartnership::events).sum(), leaves, size,
                partnerships);
    }
}
