package org.entente.cli;

import org.entente.cli.launcher.Stack;
import org.entente.cli.launcher.StackSettings;
import org.entente.devstack.Directories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One whole Entente per test JVM, as {@code ./entente up} runs it (PostgreSQL, a KRaft broker, both services
 * and the web application as processes), shared by the end-to-end tests and stopped when the JVM ends.
 */
final class SharedStack {

    private static Stack stack;

    private SharedStack() {
    }

    static synchronized Stack get() throws InterruptedException {
        if (stack == null) {
            Path home = temporaryHome();
            Path root = Path.of("..").toAbsolutePath().normalize();
            stack = Stack.start(new StackSettings(root, home, 0, freePort(), freePort(), freePort(), null, null,
                    "partnership-events-" + UUID.randomUUID(), 3, home.resolve("logs"), false));
            // Its home holds private keys and a database: it goes with the JVM, after the stack's stop.
            Directories.deleteTreeAtExit(home, stack::close);
        }
        return stack;
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("entente-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
