package org.entente.devstack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which port a Kafka server that ended on "Address already in use" could not bind, read from its log. */
final class PortsInUse {

    /** Kafka's words: "Socket server failed to bind to localhost:42493: Address already in use." */
    private static final Pattern FAILED_TO_BIND = Pattern.compile("failed to bind to [^\\s:]*:(\\d+)");

    private PortsInUse() {
    }

    /** The port the log names; {@code otherwise} when it names none (the broker's own, as before). */
    static int named(String log, int otherwise) {
        Matcher matcher = FAILED_TO_BIND.matcher(log);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : otherwise;
    }
}
