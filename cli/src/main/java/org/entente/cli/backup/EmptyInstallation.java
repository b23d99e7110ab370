package org.entente.cli.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A restore goes into an installation that holds nothing yet: never over partnerships someone recorded. */
final class EmptyInstallation {

    static final class NotEmpty extends Exception {
        NotEmpty(String why) {
            super(why);
        }
    }

    private EmptyInstallation() {
    }

    static void require(Path home) throws NotEmpty {
        for (String server : new String[]{"postgres", "kafka"}) {
            if (holdsAnything(home.resolve(server))) {
                throw new NotEmpty(home + " already holds an installation (" + home.resolve(server) + "); a backup "
                        + "is restored into an empty one: choose another ENTENTE_HOME, or move this one away first");
            }
        }
    }

    private static boolean holdsAnything(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Files.exists(directory);
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
