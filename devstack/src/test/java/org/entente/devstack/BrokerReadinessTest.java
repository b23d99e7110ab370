package org.entente.devstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A port that accepts connections is not a broker that answers (issue 30, requirement 7): a start that trusted the
 * accepted connection went on to create its topic, and waited 30 s for a broker that never answered. The wait for
 * an answer ends at its deadline, or as soon as the broker's process ends, saying what it saw and the log's tail.
 * (A real broker's answer: every test that starts one, {@code KafkaServer} waits for it.)
 */
class BrokerReadinessTest {

    @Test
    void aPortThatAcceptsButNeverAnswers_failsAtTheDeadline_withWhatItSawAndTheLog() throws Exception {
        try (SilentPort silent = new SilentPort()) {
            Instant deadline = Instant.now().plusSeconds(3);
            BrokerReadiness readiness = new BrokerReadiness("localhost:" + silent.port(), () -> true,
                    () -> "the broker's last lines");

            assertThatThrownBy(() -> readiness.await(deadline)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("localhost:" + silent.port() + " accepted connections but did not answer")
                    .hasMessageContaining("(last: ").hasMessageEndingWith("the broker's last lines");
            assertThat(Instant.now()).isBefore(deadline.plus(Duration.ofSeconds(6)));
            assertThat(silent.accepted()).as("it did ask the port").isPositive();
        }
    }

    @Test
    void aBrokerWhoseProcessEnds_isNotWaitedFor() throws Exception {
        try (SilentPort silent = new SilentPort()) {
            BrokerReadiness readiness = new BrokerReadiness("localhost:" + silent.port(), () -> false,
                    () -> "Address already in use");

            assertThatThrownBy(() -> readiness.await(Instant.now().plusSeconds(60)))
                    .hasMessage("The Kafka server at localhost:" + silent.port()
                            + " stopped before it answered: Address already in use");
        }
    }

    /** Accepts every connection and never writes a byte: what a broker busy catching up looks like from outside. */
    private static final class SilentPort implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new ArrayList<>();
        private final Thread acceptor = new Thread(this::acceptAll, "silent-port");

        SilentPort() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        synchronized int accepted() {
            return held.size();
        }

        private void acceptAll() {
            try {
                while (true) {
                    Socket socket = server.accept();
                    synchronized (this) {
                        held.add(socket);
                    }
                }
            } catch (IOException closed) {
                // The test is over.
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            acceptor.join(5_000);
            synchronized (this) {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }
}
