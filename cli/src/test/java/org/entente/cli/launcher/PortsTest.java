package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A port another process holds is refused before anything starts, naming the port and the process; the ports an
 * installation was given stay bound by the launcher until each is handed to its process.
 */
class PortsTest {

    @Test
    void aTakenPort_isRefused_namingThePortAndTheProcessHoldingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            assertThat(Ports.holderOf(port)).contains(ProcessHandle.current().pid());
            assertThatThrownBy(() -> Ports.hold(List.of(new Ports.Need(port, "command-service", "--command-port"))))
                    .hasMessageContaining("port " + port + ", which command-service needs, is taken by pid "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("choose another port with --command-port");
        }
    }

    @Test
    void aGivenPort_isHeldUntilHandedOver_soThatNoFreePortChosenMeanwhileIsIt() throws Exception {
        int port = systemChosenPort();
        try (HeldPorts held = Ports.hold(List.of(new Ports.Need(port, "the web application", "--web-port"),
                new Ports.Need(0, "the Kafka broker", "--kafka-port")))) {
            assertThat(Ports.free(port)).as("held by the launcher").isFalse();
            for (int chosen = 0; chosen < 200; chosen++) {
                assertThat(systemChosenPort()).isNotEqualTo(port);
            }
            held.handOver(port);
            assertThat(Ports.free(port)).as("handed over").isTrue();
        }
    }

    @Test
    void aRefusal_releasesThePortsHeldBeforeIt() throws Exception {
        int first = systemChosenPort();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            assertThatThrownBy(() -> Ports.hold(List.of(new Ports.Need(first, "command-service", "--command-port"),
                    new Ports.Need(taken.getLocalPort(), "query-service", "--query-port"))))
                    .isInstanceOf(PortTaken.class).hasMessageContaining("query-service");
        }
        assertThat(Ports.free(first)).isTrue();
    }

    private static int systemChosenPort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
