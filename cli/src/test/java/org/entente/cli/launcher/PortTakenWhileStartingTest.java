package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A port free when the launcher checked it can be bound by another process before the service binds it: the
 * service's failure then says so, naming the holder, so that whoever chose the port can choose another.
 */
class PortTakenWhileStartingTest {

    @TempDir
    Path logs;

    @Test
    void aServiceThatCouldNotBindItsPort_failsItsStart_withThePortAndItsHolder() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();
            // What Spring Boot prints, and the exit, of a service whose port is held by another process.
            ServiceProcess service = ServiceProcess.ofCommand("command-service", List.of("sh", "-c",
                    "echo 'Web server failed to start. Port " + port + " was already in use.'; exit 1"),
                    logs.resolve("command-service.log"), CappedLog.DEFAULT_LIMIT, port);
            try {
                assertThatThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(30))).isInstanceOf(PortTaken.class)
                        .hasMessageContaining("port " + port + ", which command-service needs, is taken by pid "
                                + ProcessHandle.current().pid());
            } finally {
                service.close();
            }
        }
    }

    @Test
    void anyOtherEarlyExit_isSaidPlainly_withItsLog() throws Exception {
        ServiceProcess service = ServiceProcess.ofCommand("query-service", List.of("sh", "-c", "exit 3"),
                logs.resolve("query-service.log"), CappedLog.DEFAULT_LIMIT, 1);
        try {
            assertThatThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(30)))
                    .isNotInstanceOf(PortTaken.class).hasMessageContaining("query-service stopped with exit code 3")
                    .hasMessageContaining("query-service.log");
        } finally {
            service.close();
        }
    }
}
