package org.kuzet.audit;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One entry of the audit trail, as the API and {@code kuzet audit list} show it. */
public record AuditEntry(long position, Instant at, Long actorId, String actorName, String actorRole, String action,
                         String subjectType, String subjectKey, JsonNode details, String previousHash, String hash) {
}
