package org.kuzet.statistics;

import java.util.List;

/**
 * The answer to a {@link StatisticsQuery}: one row per group, one count per measure, and the totals. A record may
 * belong to several groups (an incident of two types counts under both), so the totals count each record once and
 * need not be the sum of the rows.
 *
 * @param unit     what was counted
 * @param by       how it was grouped
 * @param measures the columns: {@code all}, or the stages asked for
 * @param on       the day {@code pre_trial_detention} was taken on, when asked for
 * @param groups   the rows, in the grouping's natural order (time ascending, otherwise by count, descending)
 * @param totals   one count per measure over all groups
 */
public record StatisticsResult(String unit, String by, List<String> measures, String on, List<Group> groups,
                               List<Count> totals) {

    /**
     * A row.
     *
     * @param key    the group's code ({@code 2020-06}, {@code 2020-Q2}, {@code detention}, {@code kz-almaty-city},
     *               {@code CC-405}); {@code unknown} for records the grouping cannot place
     * @param label  its name in the request's language
     * @param counts one per measure, in the order of {@link #measures()}
     */
    public record Group(String key, String label, List<Count> counts) {
    }

    /**
     * A number and the records behind it.
     *
     * @param measure the column
     * @param value   the count, or its lower bound when {@code atLeast}
     * @param atLeast true when an imprecise victim count ("more than 200", "about 100", "up to 50") went into it
     * @param text    the number as a report writes it: {@code 12} or {@code at least 212}
     * @param records API address listing the keys of the records counted ({@code /api/v1/stats/records?…})
     * @param link    web address of the same records ({@code /stats/records?…})
     */
    public record Count(String measure, long value, boolean atLeast, String text, String records, String link) {
    }
}
