package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kuzet.legalcase.LegalStatuses;
import org.kuzet.shared.Checker;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.RequestLanguage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts incidents, persons or legal cases, grouped and filtered, and says which records make every number.
 *
 * <p>Everything is read through the pooled connection under the reader's clearance: row-level security hides what the
 * reader may not see before anything is counted, so a number never includes a record its reader could not open.
 *
 * <h2>What is counted</h2>
 * <ul>
 *   <li>{@code incidents}: incidents matching the filters (the same filters as the incident list).</li>
 *   <li>{@code persons} without stages: the victims of those incidents, by the rules of {@link VictimTally} (named
 *       persons once, counts of persons only, each with its qualifier, no double counting of the named within a count;
 *       a total as exact as its counts: exact, "at least", "about" or a range).</li>
 *   <li>{@code cases} without stages: legal cases whose first recorded stage falls in the period.</li>
 *   <li>{@code cases} / {@code persons} with stages: cases, or their defendants, that reached a stage in the period:
 *       {@code arrested} (detained, or remanded in custody or house arrest), {@code charged}, {@code convicted}; and
 *       {@code pre_trial_detention}: whose legal status on the day {@code on} is pre-trial detention, as
 *       {@link LegalStatuses} derives it from their case stages.</li>
 * </ul>
 * Period filters take a record's date as the range of days it stands for ("June 2020" is in a period starting
 * 15 June). Grouping by time puts a date known only to the year under the year itself ({@code 2020}).
 *
 * <h2>How</h2>
 * The query is checked into a {@link StatisticsPlan}; {@link StatisticsFacts} reads the facts it needs;
 * {@link StatisticsTally} counts them. Incidents are counted by the database instead (each group's incidents and the
 * total, by the same filter and groups), since their numbers need none of their facts; the records behind a number
 * are always listed from the facts. The answer carries codes, names that are data, and the filter behind each
 * number ({@link StatisticsCounts}); the API, the pages, the reports and the command line word it and link it
 * ({@link StatisticsResult#of}).
 *
 * <h2>Audit</h2>
 * A number names no record, but the records behind it do, and so do groups by organisation: the confidential
 * records among those named are audited as read ({@link ConfidentialReads}), one entry per kind.
 */
@Service
public class Statistics {

    public static final List<String> UNITS = StatisticsPlan.UNITS;
    public static final List<String> GROUPINGS = StatisticsPlan.GROUPINGS;
    public static final List<String> STAGES = StatisticsPlan.STAGES;
    static final String ALL = StatisticsPlan.ALL;
    static final String UNKNOWN = "unknown";

    /** The table of each kind of record behind a number. */
    private static final Map<String, String> TABLES = Map.of("incident", "incident", "case", "legal_case",
            "person", "person");

    private final StatisticsFacts facts;
    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    Statistics(StatisticsFacts facts, JdbcClient db, ApplicationEventPublisher events) {
        this.facts = facts;
        this.db = db;
        this.events = events;
    }

    /** Answers the query with names from the record in {@code language} ({@code en}, {@code ru}, {@code kk}). */
    @Transactional(readOnly = true)
    public StatisticsCounts count(StatisticsQuery query, String language) {
        StatisticsPlan plan = plan(query);
        String lang = language(language);
        // only the numbers are asked for: incidents are counted by the database, not read one by one
        StatisticsTally tally = plan.countsIncidents() ? facts.countIncidents(plan, lang) : tally(plan, lang, false);
        StatisticsCounts counts = tally.counts(lang);
        if ("organization".equals(counts.by())) {
            new ConfidentialReads().shown("organization", counts.groups().stream().map(StatisticsCounts.Group::key)
                    .filter(k -> !UNKNOWN.equals(k)).toList()).audit(db, events);
        }
        return counts;
    }

    /**
     * The records behind one number: the group's (or with {@code group} null, the total's) records for the measure
     * ({@code all} when the query asks for no stages). Their {@code href} is left to the caller.
     */
    @Transactional(readOnly = true)
    public RecordList records(StatisticsQuery query, String group, String measure) {
        StatisticsPlan plan = plan(query);
        String m = measure == null ? plan.measures().getFirst() : measure;
        if (!plan.measures().contains(m)) {
            Checker check = Checker.rootAt("query");
            check.at("measure").oneOf(m, plan.measures());
            check.throwIfProblems();
        }
        String lang = language(RequestLanguage.current().orElse("en"));
        RecordList records = tally(plan, lang, true).records(group, m);
        ConfidentialReads shown = new ConfidentialReads();
        records.records().forEach(r -> shown.shown(TABLES.get(r.kind()), r.key()));
        if ("organization".equals(plan.by()) && group != null && !UNKNOWN.equals(group)) {
            shown.shown("organization", group);
        }
        shown.audit(db, events);
        return records;
    }

    private StatisticsPlan plan(StatisticsQuery query) {
        return StatisticsPlan.of(query, facts, LocalDate.now());
    }

    /** The facts tallied; {@code named}: with the names of the records, for the list behind a number. */
    private StatisticsTally tally(StatisticsPlan plan, String lang, boolean named) {
        List<StatisticsTally.Fact> found = facts.facts(plan, lang, named);
        return StatisticsTally.of(plan, found, facts.groups(plan, found, lang));
    }

    /** The language asked for if the record has names in it, else English. */
    private static String language(String language) {
        return language != null && List.of("en", "ru", "kk").contains(language) ? language : "en";
    }
}
