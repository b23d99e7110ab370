package org.entente.query.web;

/**
 * Nothing to show: the thing does not exist, or it is not the caller's to see. The two answer alike, so that a
 * partnership's existence never leaks to an institution that is not party to it (DESIGN §6).
 */
public final class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " was not found.");
    }
}
