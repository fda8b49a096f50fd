package org.kuzet.audit;

import java.time.Instant;

/** Which entries to list; null means any. {@code from} is inclusive, {@code to} exclusive. */
public record AuditQuery(Instant from, Instant to, String actor, String action, String subjectType, String subject) {
}
