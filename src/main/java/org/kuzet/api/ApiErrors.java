package org.kuzet.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.shared.StillReferencedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Every API error is an RFC 9457 problem detail; invalid input lists one entry per field. */
@RestControllerAdvice(basePackages = "org.kuzet")
class ApiErrors extends ResponseEntityExceptionHandler {

    static final URI INVALID = URI.create("https://kuzet.org/problems/invalid-input");
    static final URI MALFORMED = URI.create("https://kuzet.org/problems/malformed-json");
    static final URI CONFLICT = URI.create("https://kuzet.org/problems/edit-conflict");
    static final URI STILL_REFERENCED = URI.create("https://kuzet.org/problems/still-referenced");
    static final URI NOT_FOUND = URI.create("https://kuzet.org/problems/not-found");

    /** How long a client is asked to wait when the server is too busy to answer ({@link #busy}), in seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * No connection to the database within the pool's wait (every one busy under load, or the database down): the
     * server is unavailable for now, not broken, and the client is told when to try again.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> busy(Exception e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The server is too busy to answer now; nothing was changed. Try again in a few seconds.");
        p.setTitle("Busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(p);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                e.problems().size() + " invalid value(s); nothing was changed");
        p.setType(INVALID);
        p.setTitle("Invalid input");
        p.setProperty("errors", e.problems().stream()
                .map(pr -> Map.of("field", pr.path(), "message", pr.message())).toList());
        return p;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ProblemDetail notFound(RecordNotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setType(NOT_FOUND);
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail conflict(StaleVersionException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setType(CONFLICT);
        p.setTitle("Edit conflict");
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }

    @ExceptionHandler(HiddenPartsException.class)
    ProblemDetail hiddenParts(HiddenPartsException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Parts of the record are beyond your clearance");
        return p;
    }

    @ExceptionHandler(StillReferencedException.class)
    ProblemDetail stillReferenced(StillReferencedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setType(STILL_REFERENCED);
        p.setTitle("Still referenced");
        p.setProperty("referencedBy", e.referencedBy());
        return p;
    }

    /** Malformed JSON or a value of the wrong type: say where, in JSON-path form. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setType(MALFORMED);
        p.setTitle("Malformed request body");
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String path = JsonPaths.of(databind.getPath());
            p.setDetail("the request body does not match the expected structure at " + path);
            p.setProperty("errors", List.of(Map.of("field", path, "message", JsonPaths.shortMessage(databind))));
        } else if (cause instanceof JacksonException jackson) {
            p.setDetail("the request body is not valid JSON: " + JsonPaths.shortMessage(jackson));
        } else {
            p.setDetail("the request body is missing or unreadable");
        }
        return ResponseEntity.badRequest().body(p);
    }
}
