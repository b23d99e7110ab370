package org.entente.cli;

import org.entente.cli.demo.SeedPlayer;
import org.entente.cli.launcher.Stack;
import org.entente.cli.launcher.StackSettings;
import org.entente.devstack.Directories;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * One whole Entente for the module's integration tests, as {@code ./entente up} runs it (PostgreSQL, a KRaft broker,
 * both services and the web application as processes), shared by the end-to-end tests and stopped when the JVM ends.
 *
 * <p>The test JVM runs two classes at a time (the failsafe configuration). A class on this installation holds
 * {@link #LOCK}, so that it has the installation to itself, as it had when each of two test JVMs started its own:
 * some stop one of its services, others compare two counts that another class's writes would move. It runs beside a
 * class that starts an installation of its own. {@code SharedInstallationLockTest} fails when a class uses it
 * without the lock.
 */
final class SharedStack {

    /** The {@link ResourceLock} of the classes that use this installation. */
    static final String LOCK = "entente-shared-installation";

    private static Stack stack;
    private static List<SeedPlayer.Played> seeds;

    private SharedStack() {
    }

    static synchronized Stack get() throws InterruptedException {
        if (stack == null) {
            Path home = temporaryHome();
            // Its home holds private keys and a database: it goes with the JVM, after the stack's stop.
            Directories.deleteTreeAtExit(home, SharedStack::close);
            Path root = Path.of("..").toAbsolutePath().normalize();
            String topic = "partnership-events-" + UUID.randomUUID();
            try {
                stack = OnFreePorts.start(() -> {
                    Stack started = new Stack(new StackSettings(root, home, 0, freePort(), freePort(), freePort(),
                            null, null, topic, 3, home.resolve("logs"), false));
                    // It ends with the test JVM: the archives it would write then would serve no later start.
                    started.withoutWritingArchives();
                    started.startAll();
                    return started;
                });
            } catch (InterruptedException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return stack;
    }

    /**
     * The seed scenarios, played once on this installation by the first class that asks: the classes that read them
     * (their pages, their figures, their histories) change none of them, and each play waits on the scheduler.
     */
    static synchronized List<SeedPlayer.Played> seeds() throws Exception {
        if (seeds == null) {
            Stack shared = get();
            seeds = List.copyOf(new SeedPlayer(shared.commandService(), shared.queryService(), shared.signingKey())
                    .playAll(Path.of("../seeds")));
        }
        return seeds;
    }

    /** Whether the test class holds {@link #LOCK} for itself (read and write), as a class on this installation must. */
    static boolean lockedBy(Class<?> test) {
        return AnnotationSupport.findRepeatableAnnotations(test, ResourceLock.class).stream()
                .anyMatch(lock -> LOCK.equals(lock.value()) && lock.mode() == ResourceAccessMode.READ_WRITE);
    }

    private static synchronized void close() {
        if (stack != null) {
            stack.close();
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("entente-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        return OnFreePorts.port();
    }
}
