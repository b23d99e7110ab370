package org.entente.cli;

import org.entente.cli.launcher.PortTaken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A test's installation listens on ports chosen free, released, then bound by processes started later: another
 * process may take one in between. A start that finds a port taken ({@link PortTaken}, which names the holder) is
 * made again on fresh ports, at most three times in all; each attempt chooses its own ports.
 */
final class OnFreePorts {

    static final int ATTEMPTS = 3;

    private OnFreePorts() {
    }

    /** One attempt at a start, on ports it chooses itself. */
    interface Start<T> {
        T start() throws Exception;
    }

    static <T> T start(Start<T> start) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.start();
            } catch (PortTaken taken) {
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
                System.err.println("Starting again on other ports: " + taken.getMessage());
            }
        }
    }

    /** A port free now, for a start that binds it soon. */
    static int port() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
