package org.kuzet.evidence;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Problems (RFC 9457) of evidence uploads and downloads. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

    static final URI TOO_LARGE = URI.create("https://kuzet.org/problems/file-too-large");
    static final URI TAMPERED = URI.create("https://kuzet.org/problems/evidence-tampered");

    private final EvidenceFiles files;

    EvidenceProblems(EvidenceFiles files) {
        this.files = files;
    }

    @ExceptionHandler(EvidenceTooLargeException.class)
    ProblemDetail tooLarge(EvidenceTooLargeException e) {
        return tooLarge(e.getMessage());
    }

    /** The servlet container stops a multipart upload over the same limit before it reaches the controller. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return tooLarge(new EvidenceTooLargeException(files.maxSize()).getMessage());
    }

    @ExceptionHandler(EvidenceTamperedException.class)
    ProblemDetail tampered(EvidenceTamperedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        p.setType(TAMPERED);
        p.setTitle("Evidence file does not match its SHA-256");
        return p;
    }

    private static ProblemDetail tooLarge(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        p.setType(TOO_LARGE);
        p.setTitle("File too large");
        return p;
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
