package org.kuzet.shared;

/** What a list of records may be narrowed to, and how it is sorted. */
public interface RecordFilter {

    /** The filter as a query on the record's table; throws {@link InvalidInputException} for values it cannot use. */
    FilterQuery toQuery();
}
