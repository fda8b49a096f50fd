package org.kuzet.exchange;

import java.util.List;
import java.util.Optional;
import org.kuzet.shared.Checker;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordDocument;

/**
 * One section of the bundle ("sources", "incidents", ...): how its records are read, checked, written and
 * exported. The feature services do the work; a section only adapts them to the bundle.
 */
interface Section<D extends RecordDocument<D>> {

    /** The property of the bundle, e.g. "incidents". */
    String name();

    /** The table whose keys the records use, e.g. "incident". */
    String table();

    Class<D> type();

    String key(D doc);

    /** Checks a record; adds every problem to {@code at}; returns what {@link #write} needs. Writes nothing. */
    Object validate(Checker at, D doc, boolean creating, KeyResolver refs);

    /**
     * Opens a run of writes of this section's records, each told to history, search and identity as
     * {@code record_imported}; close it before the import's transaction ends.
     */
    Writes<D> writes();

    /** Writes a section's records; {@link #close} publishes the changes not yet told. */
    interface Writes<D> extends AutoCloseable {

        /** Creates the record, or overwrites the stored one with the same key as its next version; answers its id. */
        long write(D doc, Object valid, Optional<Long> existingId);

        @Override
        void close();
    }

    /** Every live record, content only, sorted by key. */
    List<D> export();
}
