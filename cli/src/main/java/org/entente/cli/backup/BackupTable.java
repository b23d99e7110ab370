package org.entente.cli.backup;

import java.util.List;

/**
 * A table of the command database that a backup carries: what nothing can rebuild. The events are the source of
 * truth; the idempotency records let a client's retry after the restore get its first answer back instead of
 * appending twice. The publisher's position (TokenEntry) stays behind on purpose: a restored installation
 * publishes every event again, to its own empty topic, and the query side rebuilds its read models from them.
 * The columns are fixed here, in this order, and checked against the file's header on restore: a backup's
 * content never becomes SQL.
 */
record BackupTable(String name, String orderBy, List<String> columns) {

    static final BackupTable EVENTS = new BackupTable("domainevententry", "globalindex", List.of("globalindex",
            "eventidentifier", "aggregateidentifier", "sequencenumber", "type", "timestamp", "payloadtype",
            "payloadrevision", "payload", "metadata"));

    static final BackupTable IDEMPOTENCY_RECORDS = new BackupTable("idempotency_key", "caller, key", List.of(
            "caller", "key", "request_hash", "status", "etag", "location", "body", "created_at"));

    /** Each event's chain hash and leaf in the verifiable ledger: its leaf index must never change. */
    static final BackupTable LEDGER_LEAVES = new BackupTable("ledger_leaf", "ledger_index", List.of("ledger_index",
            "event_identifier", "aggregate_identifier", "sequence_number", "chain_hash", "leaf_data"));

    /**
     * The checkpoints issued, so that each is still served after a restore; they are published again on the new
     * installation's checkpoint topic. The tree's nodes are not carried: they are rebuilt from the leaves.
     */
    static final BackupTable LEDGER_CHECKPOINTS = new BackupTable("ledger_checkpoint", "tree_size", List.of(
            "tree_size", "note", "issued_at"));

    static final List<BackupTable> ALL = List.of(EVENTS, IDEMPOTENCY_RECORDS, LEDGER_LEAVES, LEDGER_CHECKPOINTS);

    /** Its entry in the archive. */
    String entry() {
        return "event-store/" + name + ".csv";
    }

    String header() {
        return String.join(",", columns);
    }

    String copyOut() {
        return "COPY (SELECT " + String.join(", ", columns) + " FROM " + name + " ORDER BY " + orderBy
                + ") TO STDOUT WITH (FORMAT csv, HEADER true)";
    }

    /** Without the header line, which the restore reads and checks itself (PostgreSQL 14 would only skip it). */
    String copyIn() {
        return "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
    }
}
