package org.kuzet.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records were written: the one event from which every piece of data derived from records is kept current, in the
 * writing transaction: history keeps a version of each and audits it, search indexes them again, identity
 * recomputes the name keys of the persons and organisations among them. Published by {@link RecordStore} for every
 * create, update, delete and revert (one change) and for a run of writes such as a bundle import (up to
 * {@link RecordStore#CHANGES_AT_ONCE} changes at a time, so that 100,000 imported records are a few hundred events, each
 * indexed in one pass); and by the merge of duplicates for the records a merge touched.
 *
 * <p>Only the records actually written are in it: a listener refreshes those and nothing else.
 *
 * @param changes one per record written, in the order they were written, each record at most once
 */
public record RecordsChanged(List<Change> changes) {

    /** The actions of {@link Change#action}, as history and the audit trail name them. */
    public static final String CREATED = "record_created";
    public static final String UPDATED = "record_updated";
    public static final String DELETED = "record_deleted";
    public static final String REVERTED = "record_reverted";
    /** Created or overwritten by a bundle import ({@code kuzet import}, the demo load). */
    public static final String IMPORTED = "record_imported";

    public RecordsChanged {
        changes = List.copyOf(changes);
    }

    public static RecordsChanged of(Change change) {
        return new RecordsChanged(List.of(change));
    }

    /** The ids of the records of {@code table} written, once each, in order. */
    public List<Long> idsOf(String table) {
        Set<Long> ids = new LinkedHashSet<>();
        changes.forEach(c -> {
            if (c.subjectType().equals(table)) {
                ids.add(c.subjectId());
            }
        });
        return List.copyOf(ids);
    }

    /**
     * One record's change.
     *
     * <p>{@code before} and {@code after} are the record's content read with full clearance ({@link FullClearance}):
     * they may hold what the acting user cannot see, and must only be sealed or compared, never shown to the actor.
     *
     * @param subjectType the record's table, e.g. {@code legal_case}
     * @param version     the record's version after the change
     * @param action      {@link #CREATED}, {@link #UPDATED}, {@link #DELETED}, {@link #REVERTED} or {@link #IMPORTED}
     * @param before      the content before the change; null for a creation (and an import that created the record)
     * @param after       the content after the change; for a deletion, the content that was deleted
     * @param revertedTo  the version a revert went back to, else null
     */
    public record Change(String subjectType, long subjectId, String key, int version, String action,
                         RecordDocument<?> before, RecordDocument<?> after, Integer revertedTo) {
    }
}
