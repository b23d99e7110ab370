package org.entente.cli.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Each run's log kept beside the previous ones: {@code name.log} is this run's, {@code name.log.1} the run
 * before, up to {@code name.log.5}; older ones are deleted, so the logs of a service never exceed six runs.
 */
final class Logs {

    static final int KEPT = 5;

    private Logs() {
    }

    static void rotate(Path log) {
        try {
            Files.deleteIfExists(numbered(log, KEPT));
            for (int n = KEPT - 1; n >= 1; n--) {
                if (Files.exists(numbered(log, n))) {
                    Files.move(numbered(log, n), numbered(log, n + 1), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.exists(log)) {
                Files.move(log, numbered(log, 1), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rotate " + log, e);
        }
    }

    private static Path numbered(Path log, int n) {
        return log.resolveSibling(log.getFileName() + "." + n);
    }
}
