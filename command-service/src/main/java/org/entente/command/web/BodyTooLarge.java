package org.entente.command.web;

import org.entente.platform.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.io.IOException;

/** Thrown while reading a request body that turns out longer than the limit; answered with 413. */
public final class BodyTooLarge extends IOException {

    BodyTooLarge() {
        super("Request body over " + BodySizeLimit.MAX_BYTES + " bytes");
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large",
                "Request bodies are limited to " + BodySizeLimit.MAX_BYTES + " bytes.");
    }
}
