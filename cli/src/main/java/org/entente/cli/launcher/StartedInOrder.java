package org.entente.cli.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What an installation has started so far, to be stopped in reverse: the services before the broker and the
 * database they need to drain. Once stopping began, what still comes up goes straight down again, so that a
 * Ctrl-C during start-up leaves nothing running.
 */
final class StartedInOrder {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;

    synchronized <T extends AutoCloseable> T remember(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException("Entente was stopped while starting");
        }
        started.push(resource);
        return resource;
    }

    synchronized void closeAll() {
        closed = true;
        // The services drain in parallel; the broker and the database stay up until all of them are gone.
        started.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                .forEach(ServiceProcess::requestStop);
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            System.err.println("While stopping: " + e.getMessage());
        }
    }
}
