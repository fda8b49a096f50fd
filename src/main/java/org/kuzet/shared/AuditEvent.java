package org.kuzet.shared;

import java.util.Map;

/**
 * Something the audit trail must record, published with Spring's {@code ApplicationEventPublisher} by whichever
 * module it happens in; the audit module appends it, hash-chained, in the publisher's transaction (so a change
 * that rolls back leaves no entry) with the current {@link Actor} as its author.
 *
 * <p>Details never carry sensitive values (no names of protected persons, no field contents): say which record
 * and which fields, not what they hold.
 *
 * @param action      what happened, e.g. {@code login_failed}, {@code record_read}, {@code record_updated},
 *                    {@code export}, {@code evidence_downloaded}, {@code user_role_changed}
 * @param subjectType the kind of record or thing acted on, e.g. {@code incident}, {@code user}; null if none
 * @param subjectKey  its key or name; null if none
 * @param details     a small JSON-able map (strings, numbers, booleans, lists, maps)
 */
public record AuditEvent(String action, String subjectType, String subjectKey, Map<String, Object> details) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent of(String action, String subjectType, String subjectKey) {
        return new AuditEvent(action, subjectType, subjectKey, Map.of());
    }
}
