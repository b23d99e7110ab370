package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code ./entente up} as a person runs it, through the launcher script, on one data directory and fixed ports. */
final class Installation {

    final Path home;
    final List<Integer> ports = List.of(SharedStack.freePort(), SharedStack.freePort(), SharedStack.freePort(),
            SharedStack.freePort());

    Installation(Path home) {
        this.home = home;
    }

    /** Starts {@code up} and waits until it says it is up; its output goes to {@code name}.log in the home. */
    Process up(String name) throws Exception {
        Path output = log(name);
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("entente").toString(), "up"));
        command.addAll(List.of(portOptions()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("ENTENTE_HOME", home.toString());
        builder.environment().put("ENTENTE_NO_BUILD", "1");
        Process up = builder.start();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                !up.isAlive() || Files.readString(output).contains("Entente is up"));
        assertThat(up.isAlive()).as(Files.readString(output)).isTrue();
        return up;
    }

    /** Runs another {@code ./entente} command on this installation to its end; its output goes to {@code name}.log. */
    int run(String name, String... arguments) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("entente").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        builder.environment().put("ENTENTE_HOME", home.toString());
        builder.environment().put("ENTENTE_NO_BUILD", "1");
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(name + " ended").isTrue();
        return process.exitValue();
    }

    /** The ports of this installation, as the options of a command that starts it. */
    String[] portOptions() {
        return new String[]{"--kafka-port", ports.get(0).toString(), "--command-port", ports.get(1).toString(),
                "--query-port", ports.get(2).toString(), "--web-port", ports.get(3).toString()};
    }

    Path log(String name) {
        return home.resolve(name + ".log");
    }

    String output(String name) throws IOException {
        return Files.readString(log(name));
    }

    java.net.URI commandService() {
        return java.net.URI.create("http://localhost:" + ports.get(1));
    }

    java.net.URI queryService() {
        return java.net.URI.create("http://localhost:" + ports.get(2));
    }

    static boolean free(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
