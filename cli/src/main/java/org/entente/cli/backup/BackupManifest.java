package org.entente.cli.backup;

import java.util.Map;

/**
 * What a backup holds, written last into it: the figures of the event store as the backup saw it (one snapshot),
 * and the SHA-256 of every other entry, so that a damaged or altered file is refused before anything is restored.
 */
record BackupManifest(String format, String createdAt, long events, long partnerships, long lastGlobalIndex,
                      long idempotencyRecords, Map<String, String> sha256) {

    static final String FORMAT = "entente-backup/1";
    static final String ENTRY = "entente-backup.json";
}
