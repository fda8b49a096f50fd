package org.kuzet.source;

import java.util.List;

/**
 * A record that cites sources (an incident, a person, an organisation, a legal case, an event, an intervention): its
 * citations, and the same record citing others, as a writer sends it back to its store's update.
 *
 * @param <D> the record's document
 */
public interface Cited<D> {

    /** The record's own citations, in order; null or empty when it cites none. */
    List<Citation> sources();

    /**
     * The same record, as read at {@code version} (the version the writer saw, which the update compares with the
     * stored one), citing {@code citations} instead of its own.
     */
    D citing(List<Citation> citations, Integer version);
}
