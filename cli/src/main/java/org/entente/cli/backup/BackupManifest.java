package org.entente.cli.backup;

import java.util.Map;

/**
 * What a backup holds, written last into it: the figures of the event store as the backup saw it (one snapshot),
 * how many mails of the notifier's log it carries (0 when it carries none: a backup written before it did reads
 * so too), and the SHA-256 of every other entry, so that a damaged or altered file is refused before anything is
 * restored.
 */
record BackupManifest(String format, String createdAt, long events, long partnerships, long lastGlobalIndex,
                      long idempotencyRecords, long mails, Map<String, String> sha256) {

    /** Whether it carries the notifier's log of mails. */
    boolean hasMailLog() {
        return sha256 != null && sha256.containsKey(BackupTable.MAILS.entry());
    }

    /** Version 2 (issue 21): the persons' keys are no longer in it, but in the persons' keys file. */
    static final String FORMAT = "entente-backup/2";
    /** The persons' keys file: the keys and the register of erasures, the figures all 0. */
    static final String PERSON_KEYS_FORMAT = "entente-person-keys/1";
    static final String ENTRY = "entente-backup.json";
}
