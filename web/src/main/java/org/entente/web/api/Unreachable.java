package org.entente.web.api;

/** A service did not answer at all: the page says so and asks to try again, nothing was done. */
public class Unreachable extends RuntimeException {

    public Unreachable(String service, Throwable cause) {
        super(service + " did not answer", cause);
    }
}
