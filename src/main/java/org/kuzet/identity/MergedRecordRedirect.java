package org.kuzet.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Old links keep working: reading a person or organisation that was merged away answers 301 with the survivor's
 * address in {@code Location} and {@code mergedInto}, when the reader may see both records; anything else that
 * is not found stays a plain 404.
 */
// API controllers only: the pages render their own not-found page.
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MergedRecordRedirect {

    private static final Pattern RECORD = Pattern.compile("^/api/v1/(persons|organizations)/([^/]+)$");
    private static final URI NOT_FOUND = URI.create("https://kuzet.org/problems/not-found");

    private final Merges merges;

    MergedRecordRedirect(Merges merges) {
        this.merges = merges;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) {
        Matcher m = RECORD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Optional<String> survivor = "GET".equals(request.getMethod()) && m.matches()
                ? merges.mergedInto(Subject.ofCollection(m.group(1)), m.group(2)) : Optional.empty();
        if (survivor.isPresent()) {
            String location = "/api/v1/" + m.group(1) + "/" + survivor.get();
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.MOVED_PERMANENTLY,
                    "'" + m.group(2) + "' was merged into '" + survivor.get() + "'");
            p.setTitle("Merged");
            p.setProperty("mergedInto", survivor.get());
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).body(p);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setType(NOT_FOUND);
        p.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(p);
    }
}
