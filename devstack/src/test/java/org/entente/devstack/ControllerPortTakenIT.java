package org.entente.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 30, requirement 4: the controller's port is chosen once per directory, released, and bound by the server at
 * each start; another process may hold it meanwhile (a loop of the suite met it: the shared installation's broker
 * failed "to bind to localhost:42493", and the error named the broker's port instead). The server then comes up on
 * another controller port, keeping its topics, even when its clients' port was given.
 */
class ControllerPortTakenIT {

    @TempDir
    Path directory;

    @Test
    void aControllerPortTakenMeanwhile_isChosenAgain_andTheServerStartsWithItsTopics() throws Exception {
        int port = KafkaServer.freePort();
        try (KafkaServer first = KafkaServer.startPersistent(directory, port)) {
            Topics.createKeptForever(first.bootstrapServers(), "kept", 2);
        }
        int kept = KafkaServerProperties.keptControllerPort(directory);

        try (ServerSocket squatter = new ServerSocket(kept, 50, InetAddress.getLoopbackAddress());
             KafkaServer again = KafkaServer.startPersistent(directory, port)) {
            assertThat(again.port()).isEqualTo(port);
            assertThat(KafkaServerProperties.keptControllerPort(directory)).isPositive().isNotEqualTo(kept);
            assertThat(Files.readString(directory.resolve("kafka.log"))).doesNotContain("Address already in use");
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", again.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("kept");
            }
        }
    }
}
