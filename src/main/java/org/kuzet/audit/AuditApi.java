package org.kuzet.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.kuzet.api.Requests;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.PageOf;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for administrators (SecurityConfiguration admits no one else to /api/v1/audit). */
@RestController
@RequestMapping(value = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Entries newest first. {@code from} and {@code to} are instants ({@code 2026-03-01T10:00:00Z}) or days
     * ({@code 2026-03-01}: from its start; to its end).
     */
    @GetMapping
    PageOf<AuditEntry> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                            @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subject,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Requests.checkPaging(page, size);
        return trail.find(new AuditQuery(instant("from", from, false), instant("to", to, true), actor, action,
                subjectType, subject), page, size);
    }

    static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "'" + value + "' is neither a day (2026-03-01) nor an instant (2026-03-01T10:00:00Z)");
        }
    }
}
