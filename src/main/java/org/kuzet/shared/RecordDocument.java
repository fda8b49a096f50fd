package org.kuzet.shared;

import java.util.List;

/**
 * A record as the API and the bundle carry it: a source, a person, an incident… Every record has a database id,
 * a stable key and a version for optimistic locking; {@link #content()} is what the bundle carries of it.
 *
 * @param <D> the document type itself
 */
public interface RecordDocument<D extends RecordDocument<D>> {

    /** The database id; shown by the API only, null on input and in a bundle. */
    Long id();

    /** The version the reader saw; sent back with an update. */
    Integer version();

    /** The stable key, such as {@code incident-42}. */
    String key();

    /** {@code public}, {@code internal} or {@code confidential}: reads of confidential records are audited. */
    String confidentiality();

    /**
     * The JSON paths of the sealed fields this document holds a value for ({@code $.testimony}): what only full
     * clearance and the record's creator see, and what a read of a whole version shows. None by default.
     */
    default List<String> sealedFields() {
        return List.of();
    }

    /** The document without what the database adds (id, version, timestamps), as the bundle carries it. */
    D content();

    /**
     * The same document under another key: an update is checked under the stored key (so that the check knows whose
     * protected fields it replaces), and a new record checked with others before it is written gets its key first
     * (so that the others can refer to it).
     */
    D withKey(String key);
}
