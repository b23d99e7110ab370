package org.entente.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Directories that a test or an installation made and must not leave behind. */
public final class Directories {

    private Directories() {
    }

    /**
     * Deletes the directory and everything under it, if it exists; says on standard error what it could not
     * delete rather than failing the stop it is part of.
     */
    public static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
        if (Files.exists(directory)) {
            System.err.println("Could not delete all of " + directory);
        }
    }

    /**
     * Deletes the directory when this JVM ends normally, after {@code before} ran (stopping the servers that write
     * in it); a JVM killed with SIGKILL leaves it where it is, which is why such directories live under target/.
     */
    public static void deleteTreeAtExit(Path directory, Runnable before) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            before.run();
            deleteTree(directory);
        }, "delete-" + directory.getFileName()));
    }
}
