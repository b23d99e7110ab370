package org.entente.command.ledger;

import org.entente.ledger.LedgerCheckFailed;
import org.entente.ledger.NoteSigner;
import org.entente.ledger.NoteVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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
 * The key that signs the ledger's checkpoints, a signed-note signer key in a file. When the file is missing (a
 * development machine's first run) a key is created there, named after the configured origin, readable by its
 * owner only; it lives beside the development JWT key, never in the repository. Its name is the checkpoints'
 * origin: the name of this installation's log.
 */
@Component
class LedgerSigningKey {

    private static final Logger log = LoggerFactory.getLogger(LedgerSigningKey.class);

    private final NoteSigner signer;

    LedgerSigningKey(LedgerSettings settings) {
        this.signer = loadOrCreate(settings.keyFile(), settings.origin());
    }

    NoteSigner signer() {
        return signer;
    }

    NoteVerifier verifier() {
        return signer.verifier();
    }

    String origin() {
        return signer.verifier().name();
    }

    private static NoteSigner loadOrCreate(Path file, String origin) {
        try {
            if (!Files.exists(file)) {
                create(file, origin);
            }
            return NoteSigner.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ledger signing key " + file, e);
        } catch (LedgerCheckFailed e) {
            throw new IllegalStateException("The ledger signing key " + file + " is not a signer key: "
                    + e.getMessage(), e);
        }
    }

    private static void create(Path file, String origin) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Path draft = Files.createTempFile(directory, file.getFileName().toString(), ".tmp", ownerOnly);
        Files.writeString(draft, NoteSigner.generate(origin).text() + "\n");
        try {
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            log.info("Created a ledger signing key for {} in {}", origin, file);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            Files.deleteIfExists(draft);
        }
    }
}
