package org.kuzet.statistics;

import java.util.List;
import java.util.function.Function;

/**
 * The records behind one number of the statistics. What the records contribute adds up to the number: their
 * {@code contributes} to its {@code value}, their upper ends to its {@code upTo}, and it is as exact as they are.
 *
 * @param unit      what was counted
 * @param group     the group ({@code null}: the total)
 * @param measure   the column
 * @param value     the number they make: exact, or the lower end (the approximate figure) of an inexact one
 * @param atLeast   whether the number is inexact (kept for older clients; {@code precision} says how)
 * @param precision how exact it is: {@code exact}, {@code about}, {@code at_least}, {@code about_or_more},
 *                  {@code between}, {@code about_between} (the rule of {@link VictimTally})
 * @param upTo      the upper end of a range ({@code between}, {@code about_between}); otherwise null
 * @param records   the records, sorted by kind then key: incidents, cases or persons; for persons counted from an
 *                  incident's victim count, the incident that gives the count
 */
public record RecordList(String unit, String group, String measure, long value, boolean atLeast, String precision,
                         Long upTo, List<RecordRef> records) {

    static RecordList of(String unit, String group, String measure, Amount amount, List<RecordRef> records) {
        return new RecordList(unit, group, measure, amount.value(), amount.inexact(), amount.precision(), amount.upTo(),
                records);
    }

    /** The same records, each with the address {@code href} gives it (the caller's: the API's, say). */
    public RecordList withHrefs(Function<RecordRef, String> href) {
        return new RecordList(unit, group, measure, value, atLeast, precision, upTo, records.stream()
                .map(r -> new RecordRef(r.kind(), r.key(), r.label(), href.apply(r), r.contributes(), r.precision(),
                        r.upTo())).toList());
    }

    /** The number as a report writes it ("at least 212"), by {@code words} in the reader's language. */
    public String text(StatisticsResult.Words words) {
        return Amount.of(precision, value, upTo).text(words);
    }

    /**
     * One record.
     *
     * @param kind        {@code incident}, {@code case} or {@code person}
     * @param key         its key
     * @param label       its title or name
     * @param href        its API address (added by the API: {@link #withHrefs})
     * @param contributes what it adds to the number: 1, or for an incident's victim count the unnamed persons it adds
     *                    (the lower end, or the approximate figure, when that is inexact)
     * @param precision   how exactly it adds them, worded as the number's {@link RecordList#precision()}
     * @param upTo        the most it may add, for a range ("up to 50"); otherwise null
     */
    public record RecordRef(String kind, String key, String label, String href, long contributes, String precision,
                            Long upTo) {

        /** A record that adds exactly {@code contributes}. */
        public RecordRef(String kind, String key, String label, String href, long contributes) {
            this(kind, key, label, href, contributes, "exact", null);
        }

        /** The same record, adding {@code amount}. */
        static RecordRef adding(RecordRef record, Amount amount) {
            return new RecordRef(record.kind(), record.key(), record.label(), record.href(), amount.value(),
                    amount.precision(), amount.upTo());
        }

        /** What it adds as a report writes it ("about 100"), by {@code words} in the reader's language. */
        public String text(StatisticsResult.Words words) {
            return Amount.of(precision, contributes, upTo).text(words);
        }
    }
}
