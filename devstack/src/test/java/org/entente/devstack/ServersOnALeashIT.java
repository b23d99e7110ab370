package org.entente.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 30, requirement 2: a JVM that started a PostgreSQL server and a Kafka broker is killed with SIGKILL, as a CI
 * time limit or the OOM killer would, and runs no hook: the broker (on its leash) and the detached postmaster (on
 * its watcher) end by themselves within 60 s, and the throw-away server's data directory goes with it.
 */
class ServersOnALeashIT {

    @Test
    void theServersOfAJvmKilledWithSigkill_endByThemselves() throws Exception {
        Path said = Files.createTempFile("servers-", ".properties");
        Process starter = new ProcessBuilder(JavaProcess.command(StartsServers.class.getName(),
                List.of("-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")),
                List.of(said.toString()))).redirectErrorStream(true)
                .redirectOutput(said.resolveSibling(said.getFileName() + ".log").toFile()).start();
        try {
            Properties servers = new Properties();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                try (var reader = Files.newBufferedReader(said)) {
                    servers.load(reader);
                }
                return servers.containsKey("broker") || !starter.isAlive();
            });
            assertThat(starter.isAlive()).as(Files.readString(said.resolveSibling(said.getFileName() + ".log")))
                    .isTrue();
            ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(servers.getProperty("postmaster")))
                    .orElseThrow();
            ProcessHandle broker = ProcessHandle.of(Long.parseLong(servers.getProperty("broker"))).orElseThrow();
            Path data = Path.of(servers.getProperty("data"));

            starter.destroyForcibly();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(broker.isAlive()).as("the broker runs").isFalse();
                assertThat(postmaster.isAlive()).as("the postmaster runs").isFalse();
                assertThat(data).as("the throw-away data directory").doesNotExist();
            });
        } finally {
            starter.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(said.resolveSibling(said.getFileName() + ".log"));
            Files.deleteIfExists(said);
        }
    }

    /** Starts the two servers, says where they are in the given file, and waits to be killed. */
    public static final class StartsServers {

        public static void main(String[] arguments) throws Exception {
            PostgresServer postgres = PostgresServer.startForTests();
            KafkaServer broker = KafkaServer.startThrowAway(0);
            Files.writeString(Path.of(arguments[0]), "postmaster=" + postgres.postmasterPid() + "\ndata="
                    + postgres.dataDirectory() + "\nbroker=" + broker.pid() + "\n");
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
