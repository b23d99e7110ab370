package org.entente.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * and the Chromium under it end by themselves within 60 s ({@link LeashedChromeDriver}). Killed alone, as the OOM
 * killer would; with its whole process group, as CI's time limit and {@code timeout} do; and together with the
 * driver's wrapper, as a kill of everything whose command line names the build's directory would.
 */
class BrowserOnALeashIT {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "killed with {0}")
    @ValueSource(strings = {"the JVM alone", "its process group", "the JVM and the wrapper"})
    void theBrowserOfAJvmKilledWithSigkill_endsByItself(String killed) throws Exception {
        Path profile = directory.resolve("profile");
        Path ready = directory.resolve("ready");
        // setsid: a process group of its own, to kill as CI's time limit kills the build's, and not this JVM with it.
        Process jvm = new ProcessBuilder(List.of("setsid", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(),
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

            switch (killed) {
                case "the JVM alone" -> jvm.destroyForcibly();
                case "its process group" -> assertThat(new ProcessBuilder("kill", "-KILL", "--", "-" + jvm.pid())
                        .start().waitFor(10, TimeUnit.SECONDS)).isTrue();
                default -> {
                    List<ProcessHandle> wrapper = started.stream().filter(p -> p.info().commandLine().orElse("")
                            .contains("chromedriver-on-a-leash")).toList();
                    assertThat(wrapper).as("the wrapper, and any subshell of it at that moment").isNotEmpty();
                    jvm.destroyForcibly();
                    wrapper.forEach(ProcessHandle::destroyForcibly);
                }
            }

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
