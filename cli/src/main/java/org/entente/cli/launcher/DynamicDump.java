package org.entente.cli.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A running JVM asked for its class-data archive now, with the JDK's {@code jcmd <pid> VM.cds dynamic_dump} (JDK 17;
 * the JVM was started with {@code -XX:+RecordDynamicDumpInfo}), rather than as it ends: the archive serves the next
 * start at once, even one that begins while the first installation still runs; no stop waits for an archive to be
 * written; and a process killed with SIGKILL has written its archive already. A Java runtime without {@code jcmd}
 * has its archives written at exit instead ({@link ClassDataArchive}).
 */
final class DynamicDump {

    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    /** A dump of a service's some fifteen thousand classes takes about a second; a minute is a stuck one. */
    static final long PATIENCE_SECONDS = 60;

    private DynamicDump() {
    }

    /** Whether this Java has {@code jcmd}, so that a JVM can be asked for its archive while it runs. */
    static boolean available() {
        return Files.isExecutable(JCMD);
    }

    /** Asks the process for its archive into {@code archive}; whether the file is there after. */
    static boolean of(ProcessHandle process, Path archive) {
        try {
            Process jcmd = new ProcessBuilder(JCMD.toString(), Long.toString(process.pid()), "VM.cds",
                    "dynamic_dump", archive.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return false;
            }
            return jcmd.exitValue() == 0 && Files.isRegularFile(archive);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
