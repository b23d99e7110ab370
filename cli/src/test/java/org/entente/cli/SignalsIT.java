package org.entente.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

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
        Installation installation = new Installation(home);
        Process up = installation.up("up");
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(up.pid())).start().waitFor();

            assertThat(up.waitFor(90, TimeUnit.SECONDS)).as("./entente up returned after SIG" + signal).isTrue();
            assertThat(installation.output("up")).contains("Stopping Entente", "Stopped.")
                    .doesNotContain("Exception", "\tat ");
            for (int port : installation.ports) {
                assertThat(Installation.free(port)).as("port " + port + " is free again").isTrue();
            }
        } finally {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
    }
}
