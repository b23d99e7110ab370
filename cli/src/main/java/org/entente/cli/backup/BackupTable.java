package org.entente.cli.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table that a backup carries: what nothing can rebuild. In the command database, the events are the source of
 * truth; the idempotency records let a client's retry after the restore get its first answer back instead of
 * appending twice. The publisher's position (TokenEntry) stays behind on purpose: a restored installation
 * publishes every event again, to its own empty topic, and the query side rebuilds its read models from them.
 * The scheduler's due items stay behind too: the restore has them rebuilt from the events. In the notifier's
 * database, its log of mails: without it a restored notifier would mail again what it had mailed. The columns are
 * fixed here, in this order, and checked against the file's header on restore: a backup's content never becomes
 * SQL.
 *
 * @param directory the entry's folder in the archive: the database it comes from
 */
record BackupTable(String directory, String name, String orderBy, List<String> columns) {

    private static final String EVENT_STORE = "event-store";

    static final BackupTable EVENTS = new BackupTable(EVENT_STORE, "domainevententry", "globalindex", List.of(
            "globalindex", "eventidentifier", "aggregateidentifier", "sequencenumber", "type", "timestamp", "payloadtype",
            "payloadrevision", "payload", "metadata"));

    static final BackupTable IDEMPOTENCY_RECORDS = new BackupTable(EVENT_STORE, "idempotency_key", "caller, key",
            List.of("caller", "key", "request_hash", "status", "etag", "location", "body", "created_at"));

    /** Each event's chain hash and leaf in the verifiable ledger: its leaf index must never change. */
    static final BackupTable LEDGER_LEAVES = new BackupTable(EVENT_STORE, "ledger_leaf", "ledger_index", List.of(
            "ledger_index", "event_identifier", "aggregate_identifier", "sequence_number", "chain_hash", "leaf_data"));

    /**
     * The checkpoints issued, so that each is still served after a restore; they are published again on the new
     * installation's checkpoint topic. The tree's nodes are not carried: they are rebuilt from the leaves.
     */
    static final BackupTable LEDGER_CHECKPOINTS = new BackupTable(EVENT_STORE, "ledger_checkpoint", "tree_size",
            List.of("tree_size", "note", "issued_at"));

    /**
     * The sealed personal values (issue 21): the events hold only commitments, so without them a restored
     * installation would show every name as erased. A value erased before the backup is not in it.
     */
    static final BackupTable VAULT_VALUES = new BackupTable(EVENT_STORE, "vault_value", "commitment", List.of(
            "commitment", "person_id", "partnership_id", "event_id", "field", "kind", "sealed", "recorded_at",
            "replaced_by"));

    /** Erasures whose events were still owed: the restored installation records them. */
    static final BackupTable VAULT_ERASURES_OWED = new BackupTable(EVENT_STORE, "vault_erasure_pending", "commitment",
            List.of("commitment", "partnership_id", "ground", "requested_at"));

    /** The command database's tables: every backup holds them. */
    static final List<BackupTable> ALL = List.of(EVENTS, IDEMPOTENCY_RECORDS, LEDGER_LEAVES, LEDGER_CHECKPOINTS,
            VAULT_VALUES, VAULT_ERASURES_OWED);

    private static final String PERSON_KEYS = "person-keys";

    /**
     * The persons' keys, and the register of erasures, go to a file of their own, replaced by each backup
     * ({@link PersonKeysArchive}): an erased person's key leaves it at the next backup, however long the backups
     * themselves are kept, so that no backup restored later brings their values back.
     */
    static final BackupTable VAULT_KEYS = new BackupTable(PERSON_KEYS, "vault_key", "person_id", List.of(
            "person_id", "secret", "created_at"));

    static final BackupTable ERASURES = new BackupTable(PERSON_KEYS, "vault_erasure", "erased_at, person_digest",
            List.of("person_digest", "ground", "erased_at"));

    /** The persons' keys file's tables. */
    static final List<BackupTable> PERSON_KEYS_FILE = List.of(VAULT_KEYS, ERASURES);

    /**
     * The notifier's mails, sent or waiting, each under its unique key (event, reminder, address): a backup holds
     * them when the installation's notifier ever ran.
     */
    static final BackupTable MAILS = new BackupTable("notifier", "mail", "id", List.of("id", "mail_key", "event_id",
            "partnership_id", "kind", "institution_id", "address", "language", "subject", "body", "queued_at",
            "failures", "next_attempt_at", "last_error", "sent_at"));

    /** Its entry in the archive. */
    String entry() {
        return directory + "/" + name + ".csv";
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

    /** The rows of this table's entry, after its header line, which must name this table's columns in order. */
    InputStream rows(InputStream csv) throws IOException {
        BufferedInputStream in = new BufferedInputStream(csv);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || header.size() > 4096) {
                throw new IllegalStateException(entry() + " has no header line");
            }
            header.write(b);
        }
        String found = header.toString(StandardCharsets.UTF_8).strip();
        if (!found.equals(header())) {
            throw new IllegalStateException(entry() + " has the columns " + found + "; expected " + header());
        }
        return in;
    }
}
