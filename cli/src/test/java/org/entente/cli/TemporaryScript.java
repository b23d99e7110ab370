package org.entente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A shell script of the tests, written into the JVM's temporary directory, readable by its owner alone. */
final class TemporaryScript {

    private TemporaryScript() {
    }

    /** Writes {@code text} to a new executable file named {@code prefix…}.sh, deleted when the JVM exits. */
    static Path write(String prefix, String text) {
        try {
            Path script = Files.createTempFile(prefix, ".sh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.writeString(script, text);
            script.toFile().deleteOnExit();
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
