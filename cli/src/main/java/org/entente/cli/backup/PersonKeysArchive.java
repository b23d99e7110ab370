package org.entente.cli.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The persons' keys file (issue 21, docs/operating.md "Backup and restore"): each person's key and the register of
 * erasures, read in the backup's own snapshot, written beside the backup under one name that each backup replaces.
 * The backups themselves hold only sealed values: restored with the newest keys file, a backup taken before an
 * erasure brings none of the erased person's values back, since their key is in no keys file any more.
 */
final class PersonKeysArchive {

    /** Its name beside the backups, unless {@code --person-keys} says otherwise. */
    static final String FILE_NAME = "entente-person-keys.backup";

    private PersonKeysArchive() {
    }

    static Path beside(Path backup) {
        return backup.toAbsolutePath().getParent().resolve(FILE_NAME);
    }

    static BackupManifest write(Path file, DatabaseSnapshot snapshot) throws IOException, SQLException {
        return BackupArchive.atomically(file, zip -> {
            Map<String, String> sums = new LinkedHashMap<>();
            for (BackupTable table : BackupTable.PERSON_KEYS_FILE) {
                BackupArchive.entry(zip, table.entry(), sums, out -> snapshot.copy(table, out));
            }
            return BackupArchive.manifest(zip, new BackupManifest(BackupManifest.PERSON_KEYS_FORMAT,
                    Instant.now().toString(), 0, 0, 0, 0, 0, sums));
        });
    }
}
