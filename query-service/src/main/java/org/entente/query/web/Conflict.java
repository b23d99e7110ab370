package org.entente.query.web;

/** The request is valid but clashes with what the service is doing now. Answers 409 with its code. */
public final class Conflict extends RuntimeException {

    private final String code;

    public Conflict(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
