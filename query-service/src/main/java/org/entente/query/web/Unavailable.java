package org.entente.query.web;

/** Something this answer needs (another service, the broker) cannot be reached now; answers 503 with its code. */
public final class Unavailable extends RuntimeException {

    private final String code;

    public Unavailable(String code, String detail, Throwable cause) {
        super(detail, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
