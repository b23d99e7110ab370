package org.entente.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./entente up} stops cleanly whatever stops it: Ctrl-C (INT), SIGTERM, or a closed terminal (HUP). The
 * command returns only once the services, the broker and the database are down, their ports free again, and a
 * normal stop prints no stack trace.
 */
class SignalsIT {

    @TempDir
    Path home;

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM", "HUP"})
    void upStopsEverything_andReturns_onSignal(String signal) throws Exception {
        List<Integer> ports = List.of(SharedStack.freePort(), SharedStack.freePort(), SharedStack.freePort(),
                SharedStack.freePort());
        Path output = home.resolve("up.log");
        Path root = Path.of("..").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("entente").toString(), "up",
                "--kafka-port", ports.get(0).toString(), "--command-port", ports.get(1).toString(),
                "--query-port", ports.get(2).toString(), "--web-port", ports.get(3).toString())
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("ENTENTE_HOME", home.toString());
        builder.environment().put("ENTENTE_NO_BUILD", "1");
        Process up = builder.start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                    !up.isAlive() || Files.readString(output).contains("Entente is up"));
            assertThat(up.isAlive()).as(Files.readString(output)).isTrue();

            new ProcessBuilder("kill", "-" + signal, Long.toString(up.pid())).start().waitFor();

            assertThat(up.waitFor(90, TimeUnit.SECONDS)).as("./entente up returned after SIG" + signal).isTrue();
            String log = Files.readString(output);
            assertThat(log).contains("Stopping Entente", "Stopped.").doesNotContain("Exception", "\tat ");
            for (int port : ports) {
                assertThat(free(port)).as("port " + port + " is free again").isTrue();
            }
        } finally {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
