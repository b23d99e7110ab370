package org.entente.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 30, requirement 2: a test JVM with a browser open is killed with SIGKILL and quits nothing; its chromedriver
 * and the Chromium under it end by themselves within 60 s ({@link LeashedChromeDriver}).
 */
class BrowserOnALeashIT {

    @TempDir
    Path directory;

    @Test
    void theBrowserOfAJvmKilledWithSigkill_endsByItself() throws Exception {
        Path profile = directory.resolve("profile");
        Path ready = directory.resolve("ready");
        Process jvm = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp",
                System.getProperty("java.class.path"), OpensABrowser.class.getName(), profile.toString(),
                ready.toString())).redirectErrorStream(true).redirectOutput(directory.resolve("jvm.log").toFile())
                .start();
        List<ProcessHandle> started = new ArrayList<>();
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> Files.exists(ready) || !jvm.isAlive());
            assertThat(jvm.isAlive()).as(Files.readString(directory.resolve("jvm.log"))).isTrue();
            started.addAll(jvm.descendants().toList());
            assertThat(started).as("the driver and the browser").anyMatch(p -> p.info().commandLine().orElse("")
                    .contains("--user-data-dir=" + profile));

            jvm.destroyForcibly();

            StartedProcesses.awaitEnded(started, Duration.ofSeconds(60));
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
            jvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Opens a browser, says so in the given file, and waits to be killed. */
    public static final class OpensABrowser {

        public static void main(String[] arguments) throws Exception {
            Browser browser = new Browser(URI.create("http://localhost:9/"), "leash", Path.of(arguments[0]));
            Files.writeString(Path.of(arguments[1]), "ready " + browser);
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
