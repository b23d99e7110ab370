package org.entente.cli.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup is checked whole before anything is restored from it; each way a file can be wrong is refused. */
class RestorableBackupTest {

    private static final String EVENTS = BackupTable.EVENTS.header() + "\n";
    private static final String RECORDS = BackupTable.IDEMPOTENCY_RECORDS.header() + "\n";

    @TempDir
    Path directory;

    @Test
    void aWholeBackup_opens_withItsManifest() throws Exception {
        try (RestorableBackup backup = RestorableBackup.open(write(entries(), sums(entries()), BackupManifest.FORMAT))) {
            assertThat(backup.manifest().events()).isEqualTo(3);
        }
    }

    @Test
    void anAlteredEntry_isRefused_byItsChecksum() throws Exception {
        Map<String, String> altered = entries();
        Map<String, String> sums = sums(altered);
        altered.put(BackupTable.EVENTS.entry(), EVENTS + "1,forged\n");
        assertUnusable(write(altered, sums, BackupManifest.FORMAT), "does not match its SHA-256");
    }

    @Test
    void anEntryTheManifestDoesNotList_isRefused() throws Exception {
        Map<String, String> extra = entries();
        Map<String, String> sums = sums(extra);
        extra.put("event-store/snuck-in.csv", "x\n");
        assertUnusable(write(extra, sums, BackupManifest.FORMAT), "which its manifest does not list");
    }

    @Test
    void aListedEntryThatIsMissing_isRefused() throws Exception {
        Map<String, String> sums = sums(entries());
        Map<String, String> missing = entries();
        missing.remove(BackupTable.IDEMPOTENCY_RECORDS.entry());
        assertUnusable(write(missing, sums, BackupManifest.FORMAT), "which it does not hold");
    }

    @Test
    void aBackupWithoutTheEvents_isRefused() throws Exception {
        Map<String, String> withoutEvents = entries();
        withoutEvents.remove(BackupTable.EVENTS.entry());
        assertUnusable(write(withoutEvents, sums(withoutEvents), BackupManifest.FORMAT),
                "holds no " + BackupTable.EVENTS.entry());
    }

    @Test
    void anUnknownFormat_aMissingManifest_andAFileThatIsNoZip_areRefused() throws Exception {
        assertUnusable(write(entries(), sums(entries()), "entente-backup/99"), "its format is entente-backup/99");
        assertUnusable(write(entries(), null, null), "it has no entente-backup.json");
        Path notAZip = Files.writeString(directory.resolve("notes.txt"), "hello");
        assertUnusable(notAZip, "not a readable zip");
    }

    private static void assertUnusable(Path file, String why) {
        assertThatThrownBy(() -> RestorableBackup.open(file)).isInstanceOf(RestorableBackup.Unusable.class)
                .hasMessageContaining(why);
    }

    private static Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(BackupTable.EVENTS.entry(), EVENTS + "1,a,p,0,Partnership,2026-12-01T10:00:00Z,t,1,\\x00,\n");
        entries.put(BackupTable.IDEMPOTENCY_RECORDS.entry(), RECORDS);
        entries.put(BackupTable.LEDGER_LEAVES.entry(), BackupTable.LEDGER_LEAVES.header() + "\n");
        entries.put(BackupTable.LEDGER_CHECKPOINTS.entry(), BackupTable.LEDGER_CHECKPOINTS.header() + "\n");
        entries.put(BackupTable.VAULT_VALUES.entry(), BackupTable.VAULT_VALUES.header() + "\n");
        entries.put(BackupTable.VAULT_ERASURES_OWED.entry(), BackupTable.VAULT_ERASURES_OWED.header() + "\n");
        return entries;
    }

    private static Map<String, String> sums(Map<String, String> entries) {
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((name, content) -> sums.put(name, HexFormat.of().formatHex(
                BackupArchive.sha256().digest(content.getBytes(StandardCharsets.UTF_8)))));
        return sums;
    }

    /** A zip of the entries and, unless {@code format} is null, a manifest listing {@code sums}. */
    private Path write(Map<String, String> entries, Map<String, String> sums, String format) throws IOException {
        Path file = Files.createTempFile(directory, "backup", ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (format != null) {
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                zip.write(BackupArchive.JSON.writeValueAsBytes(new BackupManifest(format, "2026-12-01T10:00:00Z",
                        3, 1, 3, 0, 0, sums)));
                zip.closeEntry();
            }
        }
        return file;
    }
}
