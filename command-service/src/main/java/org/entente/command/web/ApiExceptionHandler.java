package org.entente.command.web;

import org.entente.platform.problem.BadRequest;
import org.entente.platform.problem.BodyErrors;
import org.entente.platform.problem.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.entente.command.partnership.CommandRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every error leaves as RFC 9457 problem+json with a stable {@code code} a program can switch on. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(CommandRefused.class)
    ProblemDetail refused(CommandRefused refused) {
        HttpStatus status = switch (refused.reason().kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        return Problems.of(status, refused.reason().code(), refused.getMessage());
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail badRequest(BadRequest e) {
        return Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
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

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // The detail stays generic: internals are for the log, not for the caller.
        log.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The request could not be processed; nothing was recorded.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request body is invalid.");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByTooLargeBody(e)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(BodyTooLarge.problem());
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body",
                BodyErrors.describe(e)));
    }

    private static boolean causedByTooLargeBody(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring's own errors (405, 415, 406…) get a code too, derived from their status.
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", HttpStatus.valueOf(status.value()).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }
}
