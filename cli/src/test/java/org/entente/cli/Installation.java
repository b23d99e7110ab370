package org.entente.cli;

import org.awaitility.core.ConditionTimeoutException;
import org.entente.cli.launcher.PortTaken;
import org.entente.devstack.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./entente up} as a person runs it, through the launcher script, on one data directory and fixed ports;
 * with the notifier and its local mail server, as {@code up} starts by default, unless {@link #withoutMail()}.
 */
final class Installation {

    final Path home;
    /**
     * Kafka's, command-service's, query-service's, the web application's, the notifier's and the local mail
     * server's: other ones if a start found one taken.
     */
    List<Integer> ports = freshPorts();
    private boolean mail = true;

    Installation(Path home) {
        this.home = home;
    }

    /** Started without the notifier and its mail server, whose JVM a test that reads no mail would pay for. */
    Installation withoutMail() {
        this.mail = false;
        return this;
    }

    /**
     * Starts {@code up} and waits until it says it is up; its output goes to {@code name}.log in the home. A start
     * that does not come up within 3 min is stopped, with everything it started, and fails with its output.
     */
    Process up(String name) throws Exception {
        return OnFreePorts.start(() -> upOnce(name));
    }

    private Process upOnce(String name) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("up"));
        arguments.addAll(List.of(portOptions()));
        arguments.addAll(List.of(mailOptions()));
        Process up = EntenteCommand.of(log(name), arguments).home(home).start();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                    !up.isAlive() || output(name).contains("Entente is up"));
        } catch (ConditionTimeoutException notUp) {
            EntenteCommand.stop(up);
            throw new AssertionError("./entente up did not come up within 3 min; it was stopped. Its output:\n"
                    + output(name), notUp);
        }
        if (!up.isAlive() && output(name).contains("is taken by")) {
            String refusal = output(name);
            ports = freshPorts();
            throw new PortTaken(refusal.substring(refusal.indexOf("port ")).strip());
        }
        assertThat(up.isAlive()).as(output(name)).isTrue();
        return up;
    }

    /**
     * Sends the signal ({@code INT}, {@code TERM}, {@code HUP}) to {@code up}, which must return, having stopped
     * everything without a trace: its output says so with no stack trace, and every port is free again.
     */
    void stopsCleanly(Process up, String signal, String name) throws Exception {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(up.pid())).start().waitFor(10, TimeUnit.SECONDS);

            assertThat(up.waitFor(90, TimeUnit.SECONDS)).as("./entente up returned after SIG" + signal).isTrue();
            assertThat(output(name)).contains("Stopping Entente", "Stopped.").doesNotContain("Exception", "\tat ");
            portsAreFree();
        } finally {
            EntenteCommand.stop(up);
        }
    }

    void portsAreFree() {
        for (int port : ports) {
            assertThat(free(port)).as("port " + port + " is free again").isTrue();
        }
    }

    private static List<Integer> freshPorts() {
        return List.of(OnFreePorts.port(), OnFreePorts.port(), OnFreePorts.port(), OnFreePorts.port(),
                OnFreePorts.port(), OnFreePorts.port());
    }

    /** Runs another {@code ./entente} command on this installation to its end; its output goes to {@code name}.log. */
    int run(String name, String... arguments) throws Exception {
        return EntenteCommand.of(log(name), arguments).home(home).run(Duration.ofMinutes(10)).code();
    }

    /** The ports of this installation's services and broker, as the options of a command that starts it. */
    String[] portOptions() {
        return new String[]{"--kafka-port", ports.get(0).toString(), "--command-port", ports.get(1).toString(),
                "--query-port", ports.get(2).toString(), "--web-port", ports.get(3).toString()};
    }

    /** The options that give its notifier and mail server their ports, or start it without them. */
    String[] mailOptions() {
        return mail ? new String[]{"--notifier-port", ports.get(4).toString(), "--smtp-port", ports.get(5).toString()}
                : new String[]{"--without-mail"};
    }

    /**
     * One of its databases ({@code entente_command}, {@code entente_notifier}, …) on its own PostgreSQL while it
     * runs, found as PostgreSQL records it: the fourth line of {@code postmaster.pid} is its port.
     */
    Database database(String name) throws IOException {
        String port = Files.readAllLines(home.resolve("postgres").resolve("postmaster.pid")).get(3).trim();
        return new Database("jdbc:postgresql://localhost:" + port + "/" + name, "postgres", "postgres");
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

    int notifierPort() {
        return ports.get(4);
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
