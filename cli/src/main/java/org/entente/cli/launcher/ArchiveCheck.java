package org.entente.cli.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An archive a JVM has just written, put in its place only if a JVM told to use it or fail ({@code -Xshare:on})
 * starts with it: a torn archive would crash every later start. Replacing an archive another launcher put there
 * meanwhile is harmless: a JVM that maps the old one keeps its file.
 */
final class ArchiveCheck {

    private ArchiveCheck() {
    }

    /** Moves {@code written} to {@code archive} when a JVM of these options and class path maps it; else deletes it. */
    static void keep(Path written, Path archive, Path classPath, List<String> javaOptions) {
        try {
            if (maps(written, classPath, javaOptions)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            written.toFile().delete();
        }
    }

    private static boolean maps(Path archive, Path classPath, List<String> javaOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ServiceJvm.javaExecutable()));
        command.addAll(javaOptions);
        command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", classPath.toString(),
                "-version"));
        Process check = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!check.waitFor(30, TimeUnit.SECONDS)) {
            check.destroyForcibly();
            return false;
        }
        return check.exitValue() == 0;
    }
}
