package org.kuzet.statistics;

import java.util.List;

/**
 * One statistics question: what is counted ({@code unit}), how the counts are grouped ({@code by}), which records are
 * taken into account (the filters) and, for legal cases and the persons they concern, which stages are counted
 * ({@code stages}: several measures answered in one query, each a column of the result).
 *
 * <p>Every value is a code as the API takes it; {@link StatisticsPlan} checks them and answers 422 naming the parameter.
 *
 * @param unit         {@code incidents} | {@code persons} (distinct persons) | {@code cases}
 * @param by           {@code month} | {@code quarter} | {@code year} | {@code type} | {@code right} | {@code region} |
 *                     {@code organization} | {@code article} | {@code perpetrator} | {@code sanction}
 * @param from         first day of the period (YYYY-MM-DD), or null
 * @param to           last day of the period, or null
 * @param type         incident type code (cases: of a linked incident)
 * @param right        right code (cases: of a linked incident)
 * @param region       place code; the places within it count too
 * @param organization organisation key: a victim or defendant organisation, or one their persons belong to
 * @param article      article reference such as {@code CC-405}
 * @param perpetrator  perpetrator kind code
 * @param reviewStatus {@code draft} | {@code verified} | {@code published} (cases: of a linked incident)
 * @param stages       for cases and persons: {@code arrested}, {@code charged}, {@code convicted},
 *                     {@code pre_trial_detention}; empty: incidents' victims (persons) or cases opened (cases)
 * @param on           the day {@code pre_trial_detention} is taken on (default: {@code to}, else today)
 */
public record StatisticsQuery(String unit, String by, String from, String to, String type, String right, String region,
                              String organization, String article, String perpetrator, String reviewStatus,
                              List<String> stages, String on) {

    public StatisticsQuery {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** Counting {@code unit} grouped {@code by}, with no filter. */
    public static StatisticsQuery of(String unit, String by) {
        return new StatisticsQuery(unit, by, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    public StatisticsQuery between(String fromDay, String toDay) {
        return new StatisticsQuery(unit, by, fromDay, toDay, type, right, region, organization, article, perpetrator,
                reviewStatus, stages, on);
    }
}
