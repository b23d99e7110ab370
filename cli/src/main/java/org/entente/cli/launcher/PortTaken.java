package org.entente.cli.launcher;

/**
 * A port an installation needs is held by another process, found before the start or when a service could not
 * bind it: the message names the port and that process. Whoever chose the ports (a test, a throw-away installation)
 * may choose others and start again; {@code ./entente up} says it and stops.
 */
public final class PortTaken extends IllegalStateException {

    public PortTaken(String message) {
        super(message);
    }
}
