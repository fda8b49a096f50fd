package org.kuzet.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
     * Words a message in the reader's language: {@code stats.atLeast}, {@code stats.about}, {@code stats.aboutOrMore}
     * with the number, {@code stats.between}, {@code stats.aboutBetween} with both ends, {@code stats.unknown}, …
     */
    @FunctionalInterface
    public interface Words {
        String word(String message, Object... arguments);
    }

    /**
     * The counts as a reader sees them: groups named and numbers written by {@code words}, each number linked to its
     * records by the caller's addresses ({@code records}: the API's, {@code link}: the pages'). Groups that are not
     * periods of time come largest first, "unknown" last, equal ones by name.
     */
    public static StatisticsResult of(StatisticsCounts counts, Words words, Function<CountFilter, String> records,
                                      Function<CountFilter, String> link) {
        List<Group> groups = new ArrayList<>();
        for (StatisticsCounts.Group group : counts.groups()) {
            groups.add(new Group(group.key(), group.name().in(words),
                    group.counts().stream().map(c -> count(c, words, records, link)).toList()));
        }
        if (!counts.timeGrouping()) {
            // the largest groups first; "unknown" last, whatever its size
            groups.sort(Comparator.comparing((Group g) -> Statistics.UNKNOWN.equals(g.key()))
                    .thenComparing(g -> -g.counts().getFirst().value())
                    .thenComparing(Group::label));
        }
        return new StatisticsResult(counts.unit(), counts.by(), counts.measures(),
                counts.on() == null ? null : counts.on().toString(), List.copyOf(groups),
                counts.totals().stream().map(c -> count(c, words, records, link)).toList());
    }

    private static Count count(StatisticsCounts.Count c, Words words, Function<CountFilter, String> records,
                               Function<CountFilter, String> link) {
        return new Count(c.measure(), c.value(), c.atLeast(), c.precision(), c.upTo(), c.amount().text(words),
                records.apply(c.filter()), link.apply(c.filter()));
    }

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
     * A number and the records behind it. Only a count of persons from incidents' victim counts is ever inexact; how
     * it is, and how it is worded, is the rule of {@link VictimTally}.
     *
     * @param measure   the column
     * @param value     the number: exact, or the lower end (for {@code about}: the approximate figure) of an inexact one
     * @param atLeast   true when the number is not exact (kept for older clients; read {@code precision})
     * @param precision {@code exact} (12), {@code at_least} (at least 212), {@code about} (about 120),
     *                  {@code about_or_more} (about 301 or more), {@code between} (between 3 and 25),
     *                  {@code about_between} (about 101 to 150)
     * @param upTo      the upper end of {@code between} and {@code about_between}; otherwise null
     * @param text      the number as a report writes it, in the request's language
     * @param records   API address listing the keys of the records counted ({@code /api/v1/stats/records?…})
     * @param link      web address of the same records ({@code /stats/records?…})
     */
    public record Count(String measure, long value, boolean atLeast, String precision, Long upTo, String text,
                        String records, String link) {

        /** The number's amount, to add to others (the areas of a map). */
        Amount amount() {
            return Amount.of(precision, value, upTo);
        }
    }
}
