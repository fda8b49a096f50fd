package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link Statistics} counted, before any wording or address: the numbers, their groups' keys and names, and the
 * filter behind each number. The adapters (API, pages, reports, command line) word it in the reader's language and
 * link each number to its records ({@link StatisticsResult#of}).
 *
 * @param language the language the names from the record are in ({@code en}, {@code ru}, {@code kk})
 * @param unit     what was counted
 * @param by       how it was grouped
 * @param measures the columns: {@code all}, or the stages asked for
 * @param on       the day {@code pre_trial_detention} was taken on, when asked for; else null
 * @param groups   the rows: by time in time order; otherwise "unknown" last, then by first count, descending
 * @param totals   one count per measure over all groups (a record in several groups counts once)
 */
public record StatisticsCounts(String language, String unit, String by, List<String> measures, LocalDate on,
                               List<Group> groups, List<Count> totals) {

    /** Whether the groups are periods of time (kept in time order). */
    public boolean timeGrouping() {
        return List.of("month", "quarter", "year").contains(by);
    }

    /**
     * A row.
     *
     * @param key    the group's code ({@code 2020-06}, {@code 2020-Q2}, {@code detention}, {@code CC-405}, {@code unknown})
     * @param name   what it is called
     * @param counts one per measure, in the order of {@link #measures()}
     */
    public record Group(String key, GroupName name, List<Count> counts) {
    }

    /**
     * A number.
     *
     * @param measure the column
     * @param amount  how many, and how exactly (only a count of persons from victim counts is ever inexact)
     * @param filter  the filter that lists the records behind it
     */
    public record Count(String measure, Amount amount, CountFilter filter) {

        /** The number: exact, or the lower end (the approximate figure) of an inexact one. */
        public long value() {
            return amount.value();
        }

        /** Whether it is inexact; {@link #precision()} says how. */
        public boolean atLeast() {
            return amount.inexact();
        }

        /** {@code exact}, {@code about}, {@code at_least}, {@code about_or_more}, {@code between}, {@code about_between}. */
        public String precision() {
            return amount.precision();
        }

        /** The upper end of a range; otherwise null. */
        public Long upTo() {
            return amount.upTo();
        }
    }
}
