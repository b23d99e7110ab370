package org.entente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example reporting service of {@code examples/reporting-node}, run as its README says, until it has caught up
 * with the topic; its summary as the JSON it prints. It bounds its own wait (well under the 60 s a process may
 * outlive a killed test JVM), and the test bounds it again.
 */
record NodeSubscriber(String brokers, String topic, String group, Path store) {

    /** Where the build installed it with its packages (the cli module's pom), beside the published schemas. */
    private static final Path EXAMPLE = Path.of("target", "reporting-node").toAbsolutePath();
    private static final Path SCHEMAS = Path.of("..", "shared-events", "src", "main", "resources", "schemas")
            .toAbsolutePath().normalize();
    private static final Duration DEADLINE = Duration.ofSeconds(50);

    /** One run to the end of the topic: its summary, and what it wrote to its log. */
    Run catchUp() throws IOException, InterruptedException {
        Path output = Files.createTempFile(store.getParent(), "node-", ".out");
        Path log = Files.createTempFile(store.getParent(), "node-", ".log");
        Process node = new ProcessBuilder(List.of("node", "src/main.js", "--brokers", brokers, "--topic", topic,
                "--group", group, "--store", store.toString(), "--schemas", SCHEMAS.toString(), "--until-caught-up", "--json",
                "--timeout",
                Long.toString(DEADLINE.minusSeconds(10).toSeconds()))).directory(EXAMPLE.toFile())
                .redirectOutput(output.toFile()).redirectError(log.toFile()).start();
        if (!node.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            EntenteCommand.stop(node);
            throw new AssertionError("The Node.js subscriber did not end within " + DEADLINE.toSeconds()
                    + " s; its log:\n" + Files.readString(log));
        }
        String printed = Files.readString(output).trim();
        if (node.exitValue() != 0 || printed.isEmpty()) {
            throw new AssertionError("The Node.js subscriber ended with " + node.exitValue() + "; its log:\n"
                    + Files.readString(log));
        }
        return new Run(new ObjectMapper().readTree(printed), Files.readString(log));
    }

    record Run(JsonNode summary, String log) {
    }
}
