package org.entente.cli;

import org.entente.leash.Leash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./entente …} as a person runs it, from a test: through the launcher script, on the jars the reactor built,
 * with its output in a file (never in a pipe that nobody reads while the test waits), on this JVM's leash, and never
 * waited for without a deadline: a command that outlives its deadline is killed, with everything it started.
 */
final class EntenteCommand {

    private final ProcessBuilder builder;
    private final Path output;
    private final String name;

    private EntenteCommand(Path output, List<String> arguments) {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("entente").toString()));
        command.addAll(arguments);
        this.builder = Leash.leashed(new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()));
        builder.environment().put("ENTENTE_NO_BUILD", "1");
        this.output = output;
        this.name = "./entente " + String.join(" ", arguments);
    }

    /** The command with these arguments, its output written to {@code output}. */
    static EntenteCommand of(Path output, String... arguments) {
        return of(output, List.of(arguments));
    }

    static EntenteCommand of(Path output, List<String> arguments) {
        return new EntenteCommand(output, arguments);
    }

    /** On the installation in {@code home} ({@code ENTENTE_HOME}). */
    EntenteCommand home(Path home) {
        builder.environment().put("ENTENTE_HOME", home.toString());
        return this;
    }

    Process start() throws IOException {
        return builder.start();
    }

    /** Runs it to its end, at most {@code timeout}; past it, stops it and everything it started, and fails. */
    Run run(Duration timeout) throws IOException, InterruptedException {
        Process process = start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(process);
            throw new AssertionError(name + " did not end within " + timeout.toSeconds() + " s; it was stopped. "
                    + "Its output:\n" + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    /** Kills the process and everything it started, and waits (bounded) until they are gone. */
    static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle each : started) {
            each.onExit().completeOnTimeout(each, 30, TimeUnit.SECONDS).join();
        }
    }

    /** How a command ended: its exit code and everything it printed. */
    record Run(int code, String output) {
    }
}
