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

    /** The action of a read of confidential records. */
    public static final String RECORD_READ = "record_read";

    /** A reader opened the confidential record {@code key} of {@code table}: the trail names it, never its content. */
    public static AuditEvent recordRead(String table, String key) {
        return of(RECORD_READ, table, key);
    }

    /** A list showed these confidential records of {@code table} to its reader. */
    public static AuditEvent recordsRead(String table, java.util.List<String> keys) {
        return new AuditEvent(RECORD_READ, table, null, Map.of("keys", keys));
    }

    /**
     * A reader opened the contents of these versions of the record {@code key} of {@code table}, whole snapshots
     * that show its sealed fields (named by their JSON paths, never their values) and, for a confidential record,
     * its confidential content.
     */
    public static AuditEvent versionsRead(String table, String key, java.util.List<Integer> versions,
                                          java.util.List<String> sealedFields) {
        return new AuditEvent(RECORD_READ, table, key, Map.of("versions", versions, "sealedFields", sealedFields));
    }

    public static AuditEvent of(String action, String subjectType, String subjectKey) {
        return new AuditEvent(action, subjectType, subjectKey, Map.of());
    }
}
