package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.kuzet.incident.ReviewStatus;
import org.kuzet.shared.Checker;

/**
 * A statistics query, checked: known codes, dates parsed, the measures (columns) it asks for. Immutable; made only by
 * {@link #of}, which refuses a bad query with its problems under the parameters' names ({@code query.unit},
 * {@code query.stage}, …).
 *
 * @param query         the query as asked (its values, as given, make the filter behind every count)
 * @param unit          {@code incidents} | {@code persons} | {@code cases}
 * @param by            the grouping
 * @param from          first day of the period, or null
 * @param to            last day of the period, or null
 * @param on            the day {@code pre_trial_detention} is taken on ({@code on}, else {@code to}, else today)
 * @param measures      {@code all}, or the stages asked for, each once, in the order asked
 * @param articleCode   the article filter's code ({@code CC}), or null
 * @param articleNumber the article filter's number ({@code 405}), or null
 */
public record StatisticsPlan(StatisticsQuery query, String unit, String by, LocalDate from, LocalDate to, LocalDate on,
                             List<String> measures, String articleCode, String articleNumber) {

    public static final List<String> UNITS = List.of("incidents", "persons", "cases");
    public static final List<String> GROUPINGS = List.of("month", "quarter", "year", "type", "right", "region",
            "organization", "article", "perpetrator", "sanction");
    public static final List<String> STAGES = List.of("arrested", "charged", "convicted", "pre_trial_detention");
    /** The only measure of a query that asks for no stage. */
    public static final String ALL = "all";

    public StatisticsPlan {
        measures = List.copyOf(measures);
    }

    /** What the record knows: the codes and keys a filter may name. */
    public interface KnownCodes {

        /** Whether {@code code} is a term of {@code vocabulary}. */
        boolean term(String vocabulary, String code);

        boolean place(String code);

        /** Whether a live organisation has this key. */
        boolean organization(String key);

        boolean article(String code, String number);
    }

    /** The query checked against what the record knows, {@code on} defaulting to {@code today}. */
    public static StatisticsPlan of(StatisticsQuery q, KnownCodes known, LocalDate today) {
        Checker check = Checker.rootAt("query");
        String unit = q.unit() == null ? "incidents" : check.at("unit").oneOf(q.unit(), UNITS);
        String by = q.by() == null ? "year" : check.at("by").oneOf(q.by(), GROUPINGS);
        LocalDate from = check.at("from").date(q.from());
        LocalDate to = check.at("to").date(q.to());
        LocalDate on = check.at("on").date(q.on());
        if (from != null && to != null && to.isBefore(from)) {
            check.at("to").problem("the period ends before it begins");
        }
        known(check, "type", q.type(), () -> known.term("incident_type", q.type()));
        known(check, "right", q.right(), () -> known.term("right", q.right()));
        known(check, "perpetrator", q.perpetrator(), () -> known.term("perpetrator_kind", q.perpetrator()));
        known(check, "region", q.region(), () -> known.place(q.region()));
        known(check, "organization", q.organization(), () -> known.organization(q.organization()));
        check.at("reviewStatus").oneOf(q.reviewStatus(), ReviewStatus.CODES);
        String articleCode = null;
        String articleNumber = null;
        if (q.article() != null) {
            String[] parts = q.article().split("[- ]", 2);
            if (parts.length != 2) {
                check.at("article").problem("'" + q.article() + "' is not an article reference such as CC-405");
            } else {
                articleCode = parts[0].toUpperCase(Locale.ROOT);
                articleNumber = parts[1];
                if (!known.article(articleCode, articleNumber)) {
                    check.at("article").problem("'" + q.article() + "' is not an article of the record");
                }
            }
        }
        List<String> measures = List.of(ALL);
        if (!q.stages().isEmpty()) {
            if ("incidents".equals(unit)) {
                check.at("stage").problem("stages are counted for cases and persons, not incidents");
            }
            Set<String> asked = new LinkedHashSet<>();
            for (String stage : q.stages()) {
                if (check.at("stage").oneOf(stage, STAGES) != null) {
                    asked.add(stage);
                }
            }
            measures = List.copyOf(asked);
        }
        check.throwIfProblems();
        return new StatisticsPlan(q, unit, by, from, to, on != null ? on : to != null ? to : today, measures,
                articleCode, articleNumber);
    }

    /** A code the record does not know is a problem; no code, none. Looks the code up only when there is one. */
    private static void known(Checker check, String parameter, String value, BooleanSupplier known) {
        if (value != null && !known.getAsBoolean()) {
            check.at(parameter).problem("'" + value + "' is not a known " + parameter);
        }
    }

    /** Whether the persons counted are the victims of incidents (persons, no stage asked). */
    public boolean victims() {
        return "persons".equals(unit) && measures.equals(List.of(ALL));
    }

    /** Whether the facts are incidents (incidents, or their victims) rather than legal cases. */
    public boolean incidents() {
        return "incidents".equals(unit) || victims();
    }

    /** Whether incidents themselves are counted (not their victims, nor cases): numbers the database can count. */
    public boolean countsIncidents() {
        return "incidents".equals(unit);
    }

    public boolean timeGrouping() {
        return List.of("month", "quarter", "year").contains(by);
    }

    /** Whether the query asks for a status on a day ({@code pre_trial_detention}), so {@link #on} matters. */
    public boolean onADay() {
        return measures.contains("pre_trial_detention");
    }

    /** The filter behind one number: this query's, narrowed to a group ({@code null}: the total) and a measure. */
    public CountFilter filter(String group, String measure) {
        return new CountFilter(query, unit, by, onADay() ? on.toString() : null, group, measure);
    }
}
