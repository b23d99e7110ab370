package org.entente.cli.launcher;

import org.entente.devstack.Directories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where a jar's class-data archive lives: {@code target/cds/<key>/} beside the jar, the key naming the jar's
 * content (its size and time) and the JDK that runs it. An archive is valid only for the very classes and the very
 * JVM that wrote it; a rebuilt jar or another JDK gets a directory of its own, and the stale ones are forgotten.
 */
final class CdsKey {

    private CdsKey() {
    }

    static Path directoryFor(Path jar) {
        return root(jar).resolve(key(jar));
    }

    /** Deletes the archives of earlier builds of this jar, or of other JDKs, keeping {@code keep}. */
    static void forgetOtherKeys(Path jar, Path keep) throws IOException {
        Path root = root(jar);
        if (!Files.isDirectory(root)) {
            return;
        }
        String prefix = jar.getFileName() + "-";
        try (DirectoryStream<Path> keys = Files.newDirectoryStream(root, prefix + "*")) {
            for (Path key : keys) {
                if (!key.equals(keep)) {
                    Directories.deleteTree(key);
                }
            }
        }
    }

    private static Path root(Path jar) {
        return jar.toAbsolutePath().getParent().resolve("cds");
    }

    private static String key(Path jar) {
        try {
            String identity = Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                    + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return jar.getFileName() + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot name the class-data archive of " + jar, e);
        }
    }
}
