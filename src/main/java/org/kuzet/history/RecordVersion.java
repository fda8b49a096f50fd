package org.kuzet.history;

import java.time.Instant;
import java.util.List;

/** One version of a record as every reader who sees the record may list it: who, when, which fields, not what. */
public record RecordVersion(int version, String action, Instant at, Long authorId, String author, List<String> changedFields) {
}
