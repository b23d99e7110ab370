package org.entente.cli.workload;

import org.entente.cli.launcher.Stack;
import org.entente.cli.launcher.StackSettings;
import org.entente.devstack.Database;
import org.entente.devstack.Databases;
import org.entente.devstack.Directories;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole installation in a temporary directory, for the fault battery and the benchmark: the PostgreSQL server
 * and the broker are their own ({@link OwnServers}), so that they can be measured, killed and started
 * again; the services and the web application run as {@code ./entente up} runs them, without the command quota.
 * Closing it stops the services, the servers and deletes the directory; so does the end of the JVM (Ctrl-C,
 * SIGTERM) when it was not closed, so that an interrupted battery or benchmark leaves no process behind.
 */
public final class ThrowAwayInstallation implements AutoCloseable {

    private final Path home;
    private final OwnServers infrastructure;

    private final List<Stack> stacks = new ArrayList<>();
    private final Thread onExit = new Thread(this::close, "throw-away-installation-stop");
    private boolean closed;

    private ThrowAwayInstallation(Path home, OwnServers infrastructure) {
        this.home = home;
        this.infrastructure = infrastructure;
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /** Starts PostgreSQL and the broker in a new directory named {@code prefix…}. */
    public static ThrowAwayInstallation start(String prefix) throws IOException {
        Path home = Files.createTempDirectory(prefix);
        OwnServers infrastructure = new OwnServers(home, freePort());
        try {
            infrastructure.start();
        } catch (RuntimeException e) {
            infrastructure.close();
            Directories.deleteTree(home);
            throw e;
        }
        return new ThrowAwayInstallation(home, infrastructure);
    }

    /** The services and the web application on these servers, with {@code environment} on top; not started. */
    public Stack stack(Path root, Map<String, String> environment) throws IOException {
        Stack stack = new Stack(new StackSettings(root, home, 0, freePort(), freePort(), freePort(),
                infrastructure.adminDatabase(), infrastructure.bootstrapServers(), "partnership-events", 6,
                home.resolve("logs"), true));
        Map<String, String> all = new HashMap<>(environment);
        all.putIfAbsent("ENTENTE_RATE_LIMIT_PER_MINUTE", "0");
        stack.withServiceEnvironment(all);
        synchronized (this) {
            stacks.add(stack);
        }
        return stack;
    }

    public OwnServers infrastructure() {
        return infrastructure;
    }

    /** A database of the installation's server, created unless it exists. */
    public Database database(String name) {
        return Databases.ensure(infrastructure.adminDatabase(), name);
    }

    public Path home() {
        return home;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stacks.forEach(Stack::close);
        infrastructure.close();
        Directories.deleteTree(home);
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // Called by the hook itself.
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
