package org.entente.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.entente.command.partnership.CommandRefused;
import org.entente.platform.problem.ApiProblems;
import org.entente.platform.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.List;
import java.util.Map;

/**
 * Every error leaves as RFC 9457 problem+json with a stable {@code code} a program can switch on: the shared ones
 * ({@link ApiProblems}), a refused command, an unknown or changed partnership, a body too large.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ApiProblems {

    ApiExceptionHandler() {
        super("The request could not be processed; nothing was recorded.");
    }

    @ExceptionHandler(CommandRefused.class)
    ProblemDetail refused(CommandRefused refused) {
        HttpStatus status = switch (refused.reason().kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = Problems.of(status, refused.reason().code(), refused.getMessage());
        if (refused.field() != null) {
            // The same shape as an invalid body's errors, so that a form marks the field either way.
            problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
        }
        return problem;
    }

    /** Unknown partnership: the same answer as one that is not the caller's (DESIGN §6). */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknown(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Partnership not found.");
    }

    /** The caller's If-Match names a version the partnership has moved past: nothing was stored. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail stale(ConflictingAggregateVersionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The partnership changed since version " + e.getExpectedVersion() + "; it is at version "
                        + e.getActualVersion() + ". Read it again and decide anew.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    /** Another command on the same partnership was stored first (another instance): nothing was stored. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrent(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                "Another change to this partnership was recorded at the same moment; read it again and retry.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByTooLargeBody(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(BodyTooLarge.problem());
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    private static boolean causedByTooLargeBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
