package org.entente.cli.backup;

import org.entente.cli.launcher.InstallationKeys;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup: one zip holding the event store's tables as CSV, the notifier's log of mails when it has one,
 * the installation's keys nothing can rebuild (the persons' keys go apart: {@link PersonKeysArchive}), and last a manifest with the figures and every entry's SHA-256. It is written beside its destination and moved there only
 * once complete and on disk, so an interrupted backup never leaves a file that looks whole. It holds a private
 * key, so only its owner may read it.
 */
final class BackupArchive {

    static final ObjectMapper JSON = new ObjectMapper();
    static final FileAttribute<?>[] OWNER_ONLY = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];

    interface Content {
        long writeTo(OutputStream out) throws IOException, SQLException;
    }

    /** What goes into a zip, returning its manifest. */
    interface Entries {
        BackupManifest writeTo(ZipOutputStream zip) throws IOException, SQLException;
    }

    /**
     * The notifier's database, opened only once the event store's snapshot is fixed: every mail queued for an event
     * of the backup is then in it. A mail queued in between, for an event the backup misses, is in it too, and is
     * delivered after a restore as it would have been.
     */
    @FunctionalInterface
    interface MailLog {
        MailLog NONE = Optional::empty;

        Optional<DatabaseSnapshot> open() throws SQLException;
    }

    private BackupArchive() {
    }

    static BackupManifest write(Path file, DatabaseSnapshot snapshot, Path home) throws IOException, SQLException {
        return write(file, snapshot, MailLog.NONE, home);
    }

    static BackupManifest write(Path file, DatabaseSnapshot snapshot, MailLog mailLog, Path home)
            throws IOException, SQLException {
        return atomically(file, zip -> writeEntries(zip, snapshot, mailLog, home));
    }

    /** Writes the zip beside {@code file}, and moves it there once whole and on disk. */
    static BackupManifest atomically(Path file, Entries entries) throws IOException, SQLException {
        Path target = file.toAbsolutePath();
        Path draft = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".part", OWNER_ONLY);
        try {
            BackupManifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(draft))) {
                manifest = entries.writeTo(zip);
            }
            try (FileChannel channel = FileChannel.open(draft, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static BackupManifest writeEntries(ZipOutputStream zip, DatabaseSnapshot snapshot, MailLog mailLog,
            Path home) throws IOException, SQLException {
        EventStoreFigures figures = snapshot.figures();
        Map<String, String> sums = new LinkedHashMap<>();
        long events = entry(zip, BackupTable.EVENTS.entry(), sums, out -> snapshot.copy(BackupTable.EVENTS, out));
        long records = entry(zip, BackupTable.IDEMPOTENCY_RECORDS.entry(), sums,
                out -> snapshot.copy(BackupTable.IDEMPOTENCY_RECORDS, out));
        if (events != figures.events() || records != figures.idempotencyRecords()) {
            // One snapshot cannot count differently from what it copies; if it does, the backup is not to be trusted.
            throw new IllegalStateException("The event store changed under the backup's snapshot: counted "
                    + figures.events() + " events, copied " + events);
        }
        for (BackupTable table : java.util.List.of(BackupTable.LEDGER_LEAVES, BackupTable.LEDGER_CHECKPOINTS,
                BackupTable.VAULT_VALUES, BackupTable.VAULT_ERASURES_OWED)) {
            entry(zip, table.entry(), sums, out -> snapshot.copy(table, out));
        }
        long mails = mails(zip, sums, mailLog);
        for (String key : InstallationKeys.FILES) {
            Path source = home.resolve(key);
            if (Files.isRegularFile(source)) {
                entry(zip, "keys/" + key, sums, out -> Files.copy(source, out));
            }
        }
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, Instant.now().toString(),
                figures.events(), figures.partnerships(), figures.lastGlobalIndex(), figures.idempotencyRecords(),
                mails, sums);
        return manifest(zip, manifest);
    }

    static BackupManifest manifest(ZipOutputStream zip, BackupManifest manifest) throws IOException {
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        return manifest;
    }

    /** The notifier's mails, when it has a log: how many were copied (0 when none). */
    private static long mails(ZipOutputStream zip, Map<String, String> sums, MailLog mailLog)
            throws IOException, SQLException {
        Optional<DatabaseSnapshot> opened = mailLog.open();
        if (opened.isEmpty()) {
            return 0;
        }
        try (DatabaseSnapshot notifier = opened.get()) {
            return entry(zip, BackupTable.MAILS.entry(), sums, out -> notifier.copy(BackupTable.MAILS, out));
        }
    }

    static long entry(ZipOutputStream zip, String name, Map<String, String> sums, Content content)
            throws IOException, SQLException {
        MessageDigest sha256 = sha256();
        zip.putNextEntry(new ZipEntry(name));
        DigestOutputStream digesting = new DigestOutputStream(new UnclosableStream(zip), sha256);
        long written = content.writeTo(digesting);
        digesting.flush();
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(sha256.digest()));
        return written;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Hex SHA-256 of a stream, read to its end. */
    static String sha256Of(InputStream in) {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A zip entry's stream must not close the zip. */
    private static final class UnclosableStream extends java.io.FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
