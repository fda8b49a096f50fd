package org.kuzet.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The audit page's filters as the form sends them; blank means any. {@code from} and {@code to} are days, both included. */
public record AuditFilter(String from, String to, String actor, String action, String subjectType, String subject) {

    String query(int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/audit");
        add(b, "from", from);
        add(b, "to", to);
        add(b, "actor", actor);
        add(b, "action", action);
        add(b, "subjectType", subjectType);
        add(b, "subject", subject);
        if (page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value.strip());
        }
    }
}
