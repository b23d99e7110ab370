package org.entente.cli.backup;

import org.entente.cli.launcher.InstallationKeys;

import com.fasterxml.jackson.core.JacksonException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A backup file checked whole before anything is restored from it: a manifest of a format we know, every entry
 * it lists present with its SHA-256, both tables there, and nothing it does not list. A file that fails any check
 * is refused with what is wrong, and nothing is written.
 */
final class RestorableBackup implements AutoCloseable {

    /** Why a file cannot be restored from, said plainly. */
    static final class Unusable extends Exception {
        Unusable(String why) {
            super(why);
        }
    }

    private final ZipFile zip;
    private final BackupManifest manifest;
    private final List<BackupTable> tables;

    private RestorableBackup(ZipFile zip, BackupManifest manifest, List<BackupTable> tables) {
        this.zip = zip;
        this.manifest = manifest;
        this.tables = tables;
    }

    static RestorableBackup open(Path file) throws Unusable {
        return open(file, BackupManifest.FORMAT, BackupTable.ALL);
    }

    /** The persons' keys file, checked whole like a backup. */
    static RestorableBackup openPersonKeys(Path file) throws Unusable {
        if (!Files.isRegularFile(file)) {
            throw new Unusable("there is no persons' keys file at " + file + " (./entente backup writes it beside "
                    + "the backup; give the newest with --person-keys)");
        }
        return open(file, BackupManifest.PERSON_KEYS_FORMAT, BackupTable.PERSON_KEYS_FILE);
    }

    private static RestorableBackup open(Path file, String format, List<BackupTable> tables) throws Unusable {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new Unusable(file + " is not a backup Entente wrote (not a readable zip: " + e.getMessage() + ")");
        }
        try {
            RestorableBackup backup = new RestorableBackup(zip, manifest(zip, format), tables);
            backup.check();
            return backup;
        } catch (Unusable | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static BackupManifest manifest(ZipFile zip, String format) throws Unusable {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new Unusable("it has no " + BackupManifest.ENTRY + ": not a backup Entente wrote, or one cut short");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            BackupManifest manifest = BackupArchive.JSON.readValue(in, BackupManifest.class);
            if (!format.equals(manifest.format())) {
                throw new Unusable("its format is " + manifest.format() + "; this Entente restores " + format);
            }
            return manifest;
        } catch (JacksonException e) {
            throw new Unusable("its manifest is not readable: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Unusable("its manifest is not readable: " + e.getMessage());
        }
    }

    private void check() throws Unusable {
        Set<String> listed = manifest.sha256() == null ? Set.of() : manifest.sha256().keySet();
        for (BackupTable table : tables) {
            if (!listed.contains(table.entry())) {
                throw new Unusable("it holds no " + table.entry());
            }
        }
        Set<String> present = new HashSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            present.add(entry.getName());
            if (!entry.getName().equals(BackupManifest.ENTRY) && !listed.contains(entry.getName())) {
                throw new Unusable("it holds " + entry.getName() + ", which its manifest does not list");
            }
        }
        for (String name : listed) {
            if (!present.contains(name)) {
                throw new Unusable("its manifest lists " + name + ", which it does not hold");
            }
            if (!manifest.sha256().get(name).equals(BackupArchive.sha256Of(stream(name)))) {
                throw new Unusable(name + " does not match its SHA-256: the file was damaged or altered");
            }
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    InputStream stream(String entry) {
        try {
            return zip.getInputStream(zip.getEntry(entry));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Puts the keys the backup carries into the data directory, readable by its owner only. */
    void restoreKeys(Path home) throws IOException {
        Files.createDirectories(home);
        for (String key : InstallationKeys.FILES) {
            String entry = "keys/" + key;
            if (manifest.sha256().containsKey(entry)) {
                Path draft = Files.createTempFile(home, key, ".tmp", BackupArchive.OWNER_ONLY);
                try (InputStream in = stream(entry)) {
                    Files.copy(in, draft, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(draft, home.resolve(key), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Read only: nothing to lose.
        }
    }
}
