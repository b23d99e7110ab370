package org.entente.web.api;

/**
 * A service said no: the HTTP status and the problem's stable {@code code}, which the pages translate into a
 * sentence for a person. The service's own {@code detail} is kept for the logs, never shown raw.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String code;

    public Refusal(int status, String code, String detail) {
        super(code + " (" + status + "): " + detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean isStaleVersion() {
        return status == 412;
    }

    public boolean isNotFound() {
        return status == 404;
    }

    public boolean isUnauthenticated() {
        return status == 401;
    }

    /** The key of the translated sentence for this refusal. */
    public String messageKey() {
        return "refusal." + code;
    }
}
