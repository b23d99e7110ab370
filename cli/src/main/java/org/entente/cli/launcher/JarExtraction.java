package org.entente.cli.launcher;

import org.entente.devstack.Directories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot jar extracted once, with Spring Boot's own tools, into {@code app/} of its class-data directory: the
 * JVM archives only classes of a plain class path. Concurrent launchers may extract at once; the first to finish is
 * kept. A jar that cannot be extracted runs as it is.
 */
final class JarExtraction {

    private JarExtraction() {
    }

    /** The extracted jar, extracted now when it is not yet; the original jar when that fails. */
    static Path of(Path jar, Path home) {
        Path app = home.resolve("app");
        Path extractedJar = app.resolve(jar.getFileName());
        if (Files.isRegularFile(extractedJar)) {
            return extractedJar;
        }
        try {
            Files.createDirectories(home);
            CdsKey.forgetOtherKeys(jar, home);
            Path scratch = Files.createTempDirectory(home, "extracting-");
            if (!extractInto(jar, scratch)) {
                Directories.deleteTree(scratch);
                return jar;
            }
            try {
                // Another launcher may have finished first: its extraction is as good as ours.
                Files.move(scratch, app, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                Directories.deleteTree(scratch);
            }
            return Files.isRegularFile(extractedJar) ? extractedJar : jar;
        } catch (IOException e) {
            return jar;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return jar;
        }
    }

    private static boolean extractInto(Path jar, Path destination) throws IOException, InterruptedException {
        Process extract = new ProcessBuilder(ServiceJvm.javaExecutable(), "-Djarmode=tools", "-jar",
                jar.toString(), "extract", "--destination", destination.toString(), "--force")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!extract.waitFor(2, TimeUnit.MINUTES)) {
            extract.destroyForcibly();
            return false;
        }
        return extract.exitValue() == 0 && Files.isRegularFile(destination.resolve(jar.getFileName()));
    }
}
