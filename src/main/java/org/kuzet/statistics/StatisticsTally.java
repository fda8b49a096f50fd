package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts facts into groups: plain Java, no database. Each number keeps the records behind it.
 *
 * <ul>
 *   <li>Incidents and cases count once per group and once in the total, however many facts name them.</li>
 *   <li>The persons of incidents (unit {@code persons}, no stage) count by the rules of {@link VictimTally}: named
 *       victims once, only counts of persons, each with its qualifier; a total is exact, "at least", "about" or a
 *       range as its counts make it ({@link Amount}). Incidents and cases count exactly.</li>
 *   <li>Grouped by time, a fact goes to its month, quarter or year; a date known only to the year to the year itself;
 *       no date to {@code unknown}. Grouped otherwise, to every group its record belongs to, or to {@code unknown}.</li>
 * </ul>
 */
final class StatisticsTally {

    /**
     * One thing counted: an incident, a case, or a person in a case, for one measure.
     *
     * @param groupedBy    the record whose properties decide its groups: the incident's or the case's id
     * @param counted      the record counted (for victims: the incident)
     * @param victimCount  the incident's victim count, for victims; else null
     * @param qualifier    that count's qualifier
     * @param countUnit    what that count counts ({@code persons}, {@code organizations}, {@code unknown})
     * @param namedVictims the incident's named victims the reader may see, by key, for victims
     */
    record Fact(String measure, long groupedBy, LocalDate date, String precision, RecordList.RecordRef counted,
                Integer victimCount, String qualifier, String countUnit,
                Map<String, RecordList.RecordRef> namedVictims) {
    }

    /** A group a record belongs to. */
    record Member(String key, GroupName name) {
    }

    /**
     * How many records the database counted in a group, each record once: what {@link #counted} tallies instead of
     * facts when only the numbers are asked for.
     */
    record Counted(Member member, long count) {
    }

    private final StatisticsPlan plan;
    private final Map<String, GroupName> names = new TreeMap<>();
    private final Map<String, Map<String, Bucket>> groups = new LinkedHashMap<>();
    private final Map<String, Bucket> totals = new LinkedHashMap<>();

    private StatisticsTally(StatisticsPlan plan) {
        this.plan = plan;
        for (String measure : plan.measures()) {
            groups.put(measure, new HashMap<>());
            totals.put(measure, new Bucket(plan.victims()));
        }
    }

    /**
     * Tallies the facts.
     *
     * @param groupsOf for a grouping that is not by time, the groups of each record ({@link Fact#groupedBy()});
     *                 a record without any is {@code unknown}
     */
    static StatisticsTally of(StatisticsPlan plan, List<Fact> facts, Map<Long, List<Member>> groupsOf) {
        StatisticsTally tally = new StatisticsTally(plan);
        List<Member> unknown = List.of(new Member(Statistics.UNKNOWN, GroupName.worded("stats.unknown", null)));
        for (Fact fact : facts) {
            List<Member> members = plan.timeGrouping() ? List.of(timeGroup(plan.by(), fact))
                    : groupsOf.getOrDefault(fact.groupedBy(), unknown);
            tally.totals.get(fact.measure()).add(fact);
            for (Member member : members) {
                tally.names.put(member.key(), member.name());
                tally.groups.get(fact.measure()).computeIfAbsent(member.key(), k -> new Bucket(plan.victims())).add(fact);
            }
        }
        return tally;
    }

    /**
     * Tallies the numbers the database counted: {@code groups} (a time group may come in several parts, one per kind of
     * date that falls into it: they add up, since a record has one date) and the {@code total} (each record once).
     * Such a tally gives {@link #counts} only, not the records behind them: those come from {@link #of}.
     */
    static StatisticsTally counted(StatisticsPlan plan, List<Counted> groups, long total) {
        if (plan.victims() || !plan.measures().equals(List.of(StatisticsPlan.ALL))) {
            throw new IllegalArgumentException("only plain counts of records are counted by the database");
        }
        StatisticsTally tally = new StatisticsTally(plan);
        Map<String, Bucket> buckets = tally.groups.get(StatisticsPlan.ALL);
        for (Counted counted : groups) {
            if (counted.count() == 0) {
                continue; // no record: no group, as no fact makes none
            }
            tally.names.put(counted.member().key(), counted.member().name());
            buckets.computeIfAbsent(counted.member().key(), k -> new Bucket(false)).add(counted.count());
        }
        tally.totals.get(StatisticsPlan.ALL).add(total);
        return tally;
    }

    /** The numbers, each with the filter behind it. */
    StatisticsCounts counts(String language) {
        List<StatisticsCounts.Group> rows = new ArrayList<>();
        for (Map.Entry<String, GroupName> group : names.entrySet()) {
            List<StatisticsCounts.Count> counts = new ArrayList<>();
            for (String measure : plan.measures()) {
                Bucket bucket = groups.get(measure).get(group.getKey());
                counts.add(count(measure, group.getKey(), bucket == null ? new Bucket(plan.victims()) : bucket));
            }
            rows.add(new StatisticsCounts.Group(group.getKey(), group.getValue(), List.copyOf(counts)));
        }
        if (!plan.timeGrouping()) {
            // the largest groups first; "unknown" last, whatever its size
            rows.sort(Comparator.comparing((StatisticsCounts.Group g) -> Statistics.UNKNOWN.equals(g.key()))
                    .thenComparing(g -> -g.counts().getFirst().value()));
        }
        List<StatisticsCounts.Count> total = plan.measures().stream().map(m -> count(m, null, totals.get(m))).toList();
        return new StatisticsCounts(language, plan.unit(), plan.by(), plan.measures(), plan.onADay() ? plan.on() : null,
                List.copyOf(rows), total);
    }

    /** The records behind one number: a group's ({@code null}: the total's) for a measure of the plan. */
    RecordList records(String group, String measure) {
        if (totals.values().stream().anyMatch(b -> b.fixed != null)) {
            throw new IllegalStateException("a tally of counts knows no records; tally the facts");
        }
        Bucket bucket = group == null ? totals.get(measure) : groups.get(measure).get(group);
        if (bucket == null) {
            return RecordList.of(plan.unit(), group, measure, Amount.NONE, List.of());
        }
        return RecordList.of(plan.unit(), group, measure, bucket.amount(), bucket.refs());
    }

    private StatisticsCounts.Count count(String measure, String group, Bucket bucket) {
        return new StatisticsCounts.Count(measure, bucket.amount(), plan.filter(group, measure));
    }

    /** The month, quarter or year of a fact; a date known only to the year is its year's own group. */
    static Member timeGroup(String by, Fact fact) {
        return timeGroup(by, fact.date(), fact.precision());
    }

    /** The month, quarter or year of a date of this precision (null: unknown); a year alone is its year's own group. */
    static Member timeGroup(String by, LocalDate date, String precision) {
        if (date == null) {
            return new Member(Statistics.UNKNOWN, GroupName.worded("stats.unknown", null));
        }
        int year = date.getYear();
        if (by.equals("year")) {
            return new Member(Integer.toString(year), GroupName.named(Integer.toString(year)));
        }
        if ("year".equals(precision)) {
            // known only to the year: its own group, not January's
            return new Member(Integer.toString(year), GroupName.worded("stats.yearOnly", Integer.toString(year)));
        }
        if (by.equals("quarter")) {
            int quarter = (date.getMonthValue() - 1) / 3 + 1;
            return new Member(year + "-Q" + quarter, GroupName.named(year + " Q" + quarter));
        }
        String key = "%d-%02d".formatted(year, date.getMonthValue());
        return new Member(key, GroupName.named(key));
    }

    /** The records of one number. */
    private static final class Bucket {
        private final Map<String, RecordList.RecordRef> counted = new TreeMap<>();
        private final VictimTally victims;
        private final Map<String, RecordList.RecordRef> persons = new HashMap<>();
        private final Map<String, RecordList.RecordRef> incidents = new HashMap<>();
        /** Records counted by the database, for a tally of counts; else null. */
        private Long fixed;

        Bucket(boolean victims) {
            this.victims = victims ? new VictimTally() : null;
        }

        void add(long count) {
            fixed = (fixed == null ? 0 : fixed) + count;
        }

        void add(Fact fact) {
            if (victims == null) {
                counted.putIfAbsent(fact.counted().kind() + ":" + fact.counted().key(), fact.counted());
                return;
            }
            victims.add(fact.counted().key(), fact.victimCount(), fact.qualifier(), fact.countUnit(),
                    fact.namedVictims().keySet());
            persons.putAll(fact.namedVictims());
            incidents.put(fact.counted().key(), fact.counted());
        }

        Amount amount() {
            if (fixed != null) {
                return Amount.exactly(fixed);
            }
            return victims == null ? Amount.exactly(counted.size()) : victims.total();
        }

        List<RecordList.RecordRef> refs() {
            if (victims == null) {
                return List.copyOf(counted.values());
            }
            List<RecordList.RecordRef> refs = new ArrayList<>();
            victims.unnamedByIncident().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                RecordList.RecordRef incident = incidents.get(e.getKey());
                refs.add(RecordList.RecordRef.adding(incident, e.getValue()));
            });
            victims.persons().forEach(key -> refs.add(persons.get(key)));
            return List.copyOf(refs);
        }
    }
}
