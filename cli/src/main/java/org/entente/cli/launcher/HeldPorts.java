package org.entente.cli.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The ports an installation was given, bound by the launcher itself from its check until the process that needs
 * each one starts. Meanwhile the free ports it has the system choose (the database's, the broker's controller's)
 * can never be one of them: a port checked free and then released would be handed out again.
 */
final class HeldPorts implements AutoCloseable {

    private final Map<Integer, ServerSocket> sockets = new HashMap<>();

    synchronized void hold(int port, ServerSocket socket) {
        sockets.put(port, socket);
    }

    /** Releases the port, just before the process that binds it starts; a port not held is left as it is. */
    synchronized void handOver(int port) {
        ServerSocket socket = sockets.remove(port);
        if (socket != null) {
            closeQuietly(socket);
        }
    }

    @Override
    public synchronized void close() {
        sockets.values().forEach(HeldPorts::closeQuietly);
        sockets.clear();
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // Closing a listening socket that nobody connected to fails only if it is closed already.
        }
    }
}
