package org.kuzet.statistics;

import java.util.List;
import java.util.function.Function;

/**
 * The records behind one number of the statistics.
 *
 * @param unit      what was counted
 * @param group     the group ({@code null}: the total)
 * @param measure   the column
 * @param value     the number they make
 * @param atLeast   whether the number is a lower bound
 * @param records   the records, sorted by kind then key: incidents, cases or persons; for persons counted from an
 *                  incident's victim count, the incident that gives the count
 */
public record RecordList(String unit, String group, String measure, long value, boolean atLeast,
                         List<RecordRef> records) {

    /** The same records, each with the address {@code href} gives it (the caller's: the API's, say). */
    public RecordList withHrefs(Function<RecordRef, String> href) {
        return new RecordList(unit, group, measure, value, atLeast, records.stream()
                .map(r -> new RecordRef(r.kind(), r.key(), r.label(), href.apply(r), r.contributes())).toList());
    }

    /**
     * One record.
     *
     * @param kind        {@code incident}, {@code case} or {@code person}
     * @param key         its key
     * @param label       its title or name
     * @param href        its API address (added by the API: {@link #withHrefs})
     * @param contributes what it adds to the number: 1, or for an incident's victim count the persons it adds
     */
    public record RecordRef(String kind, String key, String label, String href, long contributes) {
    }
}
