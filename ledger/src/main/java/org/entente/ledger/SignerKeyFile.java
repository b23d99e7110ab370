package org.entente.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A signer key kept in a file, as its text form and a newline. Created when missing (a development machine's
 * first run), readable by its owner only, written whole or not at all; two processes creating it at once end up
 * with the same one.
 */
public final class SignerKeyFile {

    private SignerKeyFile() {
    }

    public static NoteSigner loadOrCreate(Path file, String name) {
        try {
            if (!Files.exists(file)) {
                create(file, name);
            }
            return NoteSigner.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file, e);
        } catch (LedgerCheckFailed e) {
            throw new IllegalStateException("The signing key " + file + " is not a signer key: " + e.getMessage(), e);
        }
    }

    private static void create(Path file, String name) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path draft = Files.createTempFile(directory, file.getFileName().toString(), ".tmp", ownerOnly);
        try {
            Files.writeString(draft, NoteSigner.generate(name).text() + "\n");
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // Another process created it first: theirs is the key.
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
