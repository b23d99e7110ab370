package org.entente.platform.problem;

/** Input that cannot be understood, outside the body: a header or a parameter. Answers 400 with its code. */
public final class BadRequest extends RuntimeException {

    private final String code;

    public BadRequest(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
