package org.kuzet.shared;

/**
 * A record was created, updated, deleted or reverted, published by {@link RecordStore} inside the writing
 * transaction; the history module keeps a version of it and audits the change.
 *
 * <p>{@code before} and {@code after} are the record's content read with full clearance ({@link FullClearance}):
 * they may hold what the acting user cannot see, and must only be sealed or compared, never shown to the actor.
 *
 * @param subjectType the record's table, e.g. {@code legal_case}
 * @param version     the record's version after the change
 * @param action      {@code record_created}, {@code record_updated}, {@code record_deleted} or {@code record_reverted}
 * @param before      the content before the change; null for a creation
 * @param after       the content after the change; for a deletion, the content that was deleted
 * @param revertedTo  the version a revert went back to, else null
 */
public record RecordChanged(String subjectType, long subjectId, String key, int version, String action,
                            RecordDocument<?> before, RecordDocument<?> after, Integer revertedTo) {
}
