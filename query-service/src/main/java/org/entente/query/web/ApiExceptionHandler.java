package org.entente.query.web;

import org.entente.platform.problem.ApiProblems;
import org.entente.platform.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error leaves as RFC 9457 problem+json with a stable {@code code}: the shared ones ({@link ApiProblems}),
 * and what a read can meet: not found, not the caller's, a conflict, the read side unavailable.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    ApiExceptionHandler() {
        super("The request could not be processed.");
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage());
    }

    @ExceptionHandler(Unavailable.class)
    ProblemDetail unavailable(Unavailable e) {
        log.warn("{}: {}", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.code(), e.getMessage());
    }
}
