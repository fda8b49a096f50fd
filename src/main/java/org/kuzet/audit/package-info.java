/**
 * The append-only, hash-chained audit trail of sign-ins, confidential reads, changes and exports.
 *
 * <p>Owns {@code audit_event}, appended from {@link org.kuzet.shared.AuditEvent}s. Offers {@link
 * org.kuzet.audit.AuditTrail} (read and verify).
 */
package org.kuzet.audit;
