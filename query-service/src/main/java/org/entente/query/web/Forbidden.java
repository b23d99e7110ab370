package org.entente.query.web;

/** The caller's roles do not give access to this kind of information at all. Answers 403. */
public final class Forbidden extends RuntimeException {

    public Forbidden(String detail) {
        super(detail);
    }
}
