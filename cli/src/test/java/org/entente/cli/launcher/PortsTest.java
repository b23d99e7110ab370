package org.entente.cli.launcher;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A port another process holds is refused before anything starts, naming the port and the process. */
class PortsTest {

    @Test
    void aTakenPort_isRefused_namingThePortAndTheProcessHoldingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            assertThat(Ports.holderOf(port)).contains(ProcessHandle.current().pid());
            assertThatThrownBy(() -> Ports.requireFree(List.of(new Ports.Need(port, "command-service",
                    "--command-port"))))
                    .hasMessageContaining("port " + port + ", which command-service needs, is taken by pid "
                            + ProcessHandle.current().pid())
                    .hasMessageContaining("choose another port with --command-port");
        }
    }

    @Test
    void freePorts_andPortsLeftToTheSystem_pass() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Ports.requireFree(List.of(new Ports.Need(port, "the web application", "--web-port"),
                new Ports.Need(0, "the Kafka broker", "--kafka-port")));
        assertThat(Ports.free(port)).isTrue();
    }
}
