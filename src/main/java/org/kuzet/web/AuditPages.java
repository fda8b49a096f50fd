package org.kuzet.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditQuery;
import org.kuzet.audit.AuditTrail;
import org.kuzet.shared.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for administrators: filtered, paged, newest first, and the check of its hash chain. */
@Controller
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String subjectType, @RequestParam(required = false) String subject,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String verify, Model model) {
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add("to: must not be before from");
            toDay = null;
        }
        AuditFilter filter = new AuditFilter(fromDay == null ? null : from, toDay == null ? null : to, blank(actor), blank(action),
                blank(subjectType), blank(subject));
        int shown = Math.max(page, 0);
        PageOf<AuditEntry> entries = trail.find(new AuditQuery(
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                filter.actor(), filter.action(), filter.subjectType(), filter.subject()), shown, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("entries", entries);
        model.addAttribute("problems", problems);
        model.addAttribute("previous", shown > 0 ? filter.query(shown - 1) : null);
        model.addAttribute("next", (long) (shown + 1) * PAGE_SIZE < entries.total() ? filter.query(shown + 1) : null);
        model.addAttribute("verification", verify == null ? null : trail.verify());
        return "admin/audit";
    }

    private static LocalDate day(String field, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(field + ": '" + value + "' is not a day (2026-03-01)");
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
