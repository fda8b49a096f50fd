package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.legalcase.LegalStatusView;
import org.kuzet.legalcase.LegalStatuses;
import org.kuzet.shared.Checker;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.RequestLanguage;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

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
 *       persons once, victim counts with their qualifiers, no double counting of the named within a count).</li>
 *   <li>{@code cases} without stages: legal cases whose first recorded stage falls in the period.</li>
 *   <li>{@code cases} / {@code persons} with stages: cases, or their defendants, that reached a stage in the period:
 *       {@code arrested} (detained, or remanded in custody or house arrest), {@code charged}, {@code convicted}; and
 *       {@code pre_trial_detention}: whose legal status on the day {@code on} is pre-trial detention, as
 *       {@link LegalStatuses} derives it from their case stages.</li>
 * </ul>
 * Period filters take a record's date as the range of days it stands for ("June 2020" is in a period starting
 * 15 June). Grouping by time puts a date known only to the year under the year itself ({@code 2020}).
 */
@Service
public class Statistics {

    public static final List<String> UNITS = List.of("incidents", "persons", "cases");
    public static final List<String> GROUPINGS = List.of("month", "quarter", "year", "type", "right", "region",
            "organization", "article", "perpetrator", "sanction");
    public static final List<String> STAGES = List.of("arrested", "charged", "convicted", "pre_trial_detention");
    static final List<String> REVIEW_STATUSES = List.of("draft", "verified", "published");
    static final String ALL = "all";
    static final String UNKNOWN = "unknown";

    /** The last day a stage's date may stand for ("June 2020": 30 June); a stage's end date is not when it happened. */
    private static final String STAGE_LAST_DAY = "kuzet_last_day(%1$s.date, %1$s.date_precision)";

    private final JdbcClient db;
    private final LegalStatuses statuses;
    private final MessageSource messages;

    public Statistics(JdbcClient db, LegalStatuses statuses, MessageSource messages) {
        this.db = db;
        this.statuses = statuses;
        this.messages = messages;
    }

    /** Answers the query, labels in the request's language (English by default). */
    @Transactional(readOnly = true)
    public StatisticsResult count(StatisticsQuery query) {
        return count(query, RequestLanguage.current().orElse("en"));
    }

    /** Answers the query with labels in {@code language} ({@code en}, {@code ru}, {@code kk}). */
    @Transactional(readOnly = true)
    public StatisticsResult count(StatisticsQuery query, String language) {
        Plan plan = Plan.of(query, db);
        String lang = language(language);
        Tallies tallies = tally(plan, lang);
        List<StatisticsResult.Group> groups = new ArrayList<>();
        for (Map.Entry<String, String> group : tallies.groupLabels.entrySet()) {
            List<StatisticsResult.Count> counts = new ArrayList<>();
            for (String measure : plan.measures) {
                Bucket bucket = tallies.groups.get(measure).get(group.getKey());
                counts.add(count(plan, measure, group.getKey(), bucket == null ? new Bucket(plan.victims()) : bucket, lang));
            }
            groups.add(new StatisticsResult.Group(group.getKey(), group.getValue(), counts));
        }
        if (!plan.timeGrouping()) {
            // the largest groups first; "unknown" last, whatever its size
            groups.sort(Comparator.comparing((StatisticsResult.Group g) -> UNKNOWN.equals(g.key()))
                    .thenComparing(g -> -g.counts().getFirst().value())
                    .thenComparing(StatisticsResult.Group::label));
        }
        List<StatisticsResult.Count> totals = plan.measures.stream()
                .map(m -> count(plan, m, null, tallies.totals.get(m), lang)).toList();
        return new StatisticsResult(plan.unit, plan.by, plan.measures,
                plan.measures.contains("pre_trial_detention") ? plan.on.toString() : null, groups, totals);
    }

    /**
     * The records behind one number: the group's (or with {@code group} null, the total's) records for the measure
     * ({@code all} when the query asks for no stages).
     */
    @Transactional(readOnly = true)
    public RecordList records(StatisticsQuery query, String group, String measure) {
        Plan plan = Plan.of(query, db);
        String m = measure == null ? plan.measures.getFirst() : measure;
        if (!plan.measures.contains(m)) {
            Checker check = Checker.rootAt("query");
            check.at("measure").oneOf(m, plan.measures);
            check.throwIfProblems();
        }
        String lang = language(RequestLanguage.current().orElse("en"));
        Tallies tallies = tally(plan, lang);
        Bucket bucket = group == null ? tallies.totals.get(m) : tallies.groups.get(m).get(group);
        if (bucket == null) {
            return new RecordList(plan.unit, group, m, 0, false, List.of());
        }
        return new RecordList(plan.unit, group, m, bucket.value(), bucket.atLeast(), bucket.refs());
    }

    private StatisticsResult.Count count(Plan plan, String measure, String group, Bucket bucket, String lang) {
        long value = bucket.value();
        boolean atLeast = bucket.atLeast();
        String text = atLeast ? message("stats.atLeast", lang, Long.toString(value)) : Long.toString(value);
        String query = plan.queryString(group, measure);
        return new StatisticsResult.Count(measure, value, atLeast, text, "/api/v1/stats/records?" + query,
                "/stats/records?" + query);
    }

    // ---------------------------------------------------------------- tallying

    private record Tallies(Map<String, String> groupLabels, Map<String, Map<String, Bucket>> groups,
                           Map<String, Bucket> totals) {
    }

    private Tallies tally(Plan plan, String lang) {
        List<Fact> facts = facts(plan, lang);
        Map<Long, List<Label>> grouped = plan.timeGrouping() ? Map.of() : groups(plan, facts, lang);
        Map<String, String> groupLabels = new TreeMap<>();
        Map<String, Map<String, Bucket>> groups = new LinkedHashMap<>();
        Map<String, Bucket> totals = new LinkedHashMap<>();
        for (String measure : plan.measures) {
            groups.put(measure, new HashMap<>());
            totals.put(measure, new Bucket(plan.victims()));
        }
        for (Fact fact : facts) {
            List<Label> labels = plan.timeGrouping() ? List.of(timeGroup(plan.by, fact, lang))
                    : grouped.getOrDefault(fact.groupedBy, List.of(new Label(UNKNOWN, message("stats.unknown", lang))));
            totals.get(fact.measure).add(fact);
            for (Label label : labels) {
                groupLabels.put(label.key, label.text);
                groups.get(fact.measure).computeIfAbsent(label.key, k -> new Bucket(plan.victims())).add(fact);
            }
        }
        return new Tallies(groupLabels, groups, totals);
    }

    /** A group a record belongs to. */
    private record Label(String key, String text) {
    }

    /**
     * One thing counted: an incident, a case, or a person in a case, for one measure.
     *
     * @param groupedBy the record whose properties decide its groups: the incident's or the case's id
     */
    private record Fact(String measure, long groupedBy, LocalDate date, String precision, RecordList.RecordRef counted,
                        Integer victimCount, String qualifier, Map<String, RecordList.RecordRef> namedVictims) {
    }

    /** The records of one number. */
    private static final class Bucket {
        private final Map<String, RecordList.RecordRef> counted = new TreeMap<>();
        private final VictimTally victims;
        private final Map<String, RecordList.RecordRef> persons = new HashMap<>();
        private final Map<String, RecordList.RecordRef> incidents = new HashMap<>();

        Bucket(boolean victims) {
            this.victims = victims ? new VictimTally() : null;
        }

        void add(Fact fact) {
            if (victims == null) {
                counted.putIfAbsent(fact.counted.kind() + ":" + fact.counted.key(), fact.counted);
                return;
            }
            victims.add(fact.counted.key(), fact.victimCount, fact.qualifier, fact.namedVictims.keySet());
            persons.putAll(fact.namedVictims);
            incidents.put(fact.counted.key(), fact.counted);
        }

        long value() {
            return victims == null ? counted.size() : victims.value();
        }

        boolean atLeast() {
            return victims != null && victims.atLeast();
        }

        List<RecordList.RecordRef> refs() {
            if (victims == null) {
                return List.copyOf(counted.values());
            }
            List<RecordList.RecordRef> refs = new ArrayList<>();
            victims.unnamedByIncident().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                RecordList.RecordRef incident = incidents.get(e.getKey());
                refs.add(new RecordList.RecordRef(incident.kind(), incident.key(), incident.label(), incident.href(),
                        e.getValue()));
            });
            victims.persons().forEach(key -> refs.add(persons.get(key)));
            return List.copyOf(refs);
        }
    }

    // ---------------------------------------------------------------- facts

    private List<Fact> facts(Plan plan, String lang) {
        return "incidents".equals(plan.unit) || plan.victims() ? incidentFacts(plan, lang) : caseFacts(plan, lang);
    }

    private List<Fact> incidentFacts(Plan plan, String lang) {
        FilterQuery filter = new IncidentFilter(plan.query.from(), plan.query.to(), plan.query.region(),
                plan.query.type(), plan.query.right(), null, plan.query.organization(), plan.query.article(),
                plan.query.perpetrator(), plan.query.reviewStatus(), null, null).toQuery();
        var statement = db.sql("select i.id, i.key, " + localized("i.title") + " as label, i.date, i.date_precision, "
                + "i.victim_count, i.victim_count_qualifier from incident i where " + filter.where() + " order by i.date, i.key");
        statement = filter.bind(statement).param("lang", lang);
        record Row(long id, String key, String label, LocalDate date, String datePrecision, Integer victimCount,
                   String victimCountQualifier) {
        }
        List<Row> rows = statement.query(Row.class).list();
        Map<Long, Map<String, RecordList.RecordRef>> victims = new HashMap<>();
        if (plan.victims() && !rows.isEmpty()) {
            // named victims the reader may see (row-level security hides the others: they are not counted)
            db.sql("select v.incident_id, p.key, p.name from incident_victim v join person p on p.id = v.person_id "
                            + "where p.deleted_at is null and v.incident_id in (:ids) order by p.key")
                    .param("ids", rows.stream().map(Row::id).toList())
                    .query((rs, n) -> victims.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), new RecordList.RecordRef("person", rs.getString(2), rs.getString(3),
                                    "/api/v1/persons/" + rs.getString(2), 1)))
                    .list();
        }
        List<Fact> facts = new ArrayList<>();
        for (Row row : rows) {
            facts.add(new Fact(ALL, row.id, row.date, row.datePrecision,
                    new RecordList.RecordRef("incident", row.key, row.label, "/api/v1/incidents/" + row.key, 1),
                    row.victimCount, row.victimCountQualifier, victims.getOrDefault(row.id, Map.of())));
        }
        return facts;
    }

    private List<Fact> caseFacts(Plan plan, String lang) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = caseConditions(plan, params);
        params.put("lang", lang);
        if (plan.from != null) {
            params.put("from", plan.from);
        }
        if (plan.to != null) {
            params.put("to", plan.to);
        }
        List<Fact> facts = new ArrayList<>();
        boolean persons = "persons".equals(plan.unit);
        for (String measure : plan.measures) {
            if (measure.equals("pre_trial_detention")) {
                facts.addAll(detentionFacts(plan, where, params, lang, persons));
                continue;
            }
            String sql;
            if (measure.equals(ALL)) {
                // a case counts from its first recorded stage
                sql = "select c.id, c.key, " + caseLabel() + " as label, s.date, s.date_precision, null::text as person_key, "
                        + "null::text as person_name from legal_case c left join lateral (select s.date, s.date_precision "
                        + "from case_stage s where s.case_id = c.id order by s.date, s.position limit 1) s on true "
                        + "where " + where + periodOf("s", plan);
            } else {
                String stage = switch (measure) {
                    case "arrested" -> "(s.kind = 'detained' or (s.kind = 'measure_of_restraint' "
                            + "and s.measure in ('pre_trial_detention', 'house_arrest')))";
                    case "charged" -> "s.kind = 'charged'";
                    case "convicted" -> "s.kind = 'verdict' and s.outcome = 'convicted'";
                    default -> throw new IllegalStateException(measure);
                };
                // a stage naming nobody concerns every defendant of the case
                sql = "select c.id, c.key, " + caseLabel() + " as label, s.date, s.date_precision, d.key as person_key, "
                        + "d.name as person_name from legal_case c join case_stage s on s.case_id = c.id "
                        + "left join case_party pa on pa.case_id = c.id and pa.role in ('defendant', 'respondent') "
                        + "and pa.person_id is not null and (s.person_id is null or s.person_id = pa.person_id) "
                        + "left join person d on d.id = pa.person_id and d.deleted_at is null "
                        + "where " + where + " and " + stage + periodOf("s", plan) + " order by s.date, s.position";
            }
            var statement = db.sql(sql);
            for (var p : params.entrySet()) {
                statement = statement.param(p.getKey(), p.getValue());
            }
            List<Fact> rows = statement.query((rs, n) -> {
                LocalDate date = rs.getObject("date", LocalDate.class);
                String personKey = rs.getString("person_key");
                RecordList.RecordRef counted = persons
                        ? personKey == null ? null : new RecordList.RecordRef("person", personKey,
                                rs.getString("person_name"), "/api/v1/persons/" + personKey, 1)
                        : new RecordList.RecordRef("case", rs.getString("key"), rs.getString("label"),
                                "/api/v1/cases/" + rs.getString("key"), 1);
                return counted == null ? null : new Fact(measure, rs.getLong("id"), date, rs.getString("date_precision"),
                        counted, null, null, Map.of());
            }).list();
            rows.stream().filter(f -> f != null).forEach(facts::add);
        }
        return facts;
    }

    /** Defendants of the matching cases whose legal status on the day is pre-trial detention in one of those cases. */
    private List<Fact> detentionFacts(Plan plan, String where, Map<String, Object> params, String lang, boolean persons) {
        var statement = db.sql("select distinct c.id, c.key, " + caseLabel() + " as label, d.key as person_key, "
                + "d.name as person_name from legal_case c join case_party pa on pa.case_id = c.id "
                + "and pa.role in ('defendant', 'respondent') join person d on d.id = pa.person_id and d.deleted_at is null "
                + "where " + where + " order by d.key, c.key");
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        record Candidate(long id, String key, String label, String personKey, String personName) {
        }
        List<Candidate> candidates = statement.query(Candidate.class).list();
        Map<String, LegalStatusView.Status> statusOf = new HashMap<>();
        List<Fact> facts = new ArrayList<>();
        for (Candidate c : candidates) {
            LegalStatusView.Status status = statusOf.computeIfAbsent(c.personKey,
                    key -> statuses.of(key, plan.on.toString()).status());
            if (!"pre_trial_detention".equals(status.kind()) || status.cause() == null
                    || !c.key.equals(status.cause().legalCase())) {
                continue;
            }
            RecordList.RecordRef counted = persons
                    ? new RecordList.RecordRef("person", c.personKey, c.personName, "/api/v1/persons/" + c.personKey, 1)
                    : new RecordList.RecordRef("case", c.key, c.label, "/api/v1/cases/" + c.key, 1);
            facts.add(new Fact("pre_trial_detention", c.id, LocalDate.parse(status.since()), status.sincePrecision(),
                    counted, null, null, Map.of()));
        }
        return facts;
    }

    /** The filters on legal cases (alias {@code c}); type, right, perpetrator and review status are of linked incidents. */
    private static String caseConditions(Plan plan, Map<String, Object> params) {
        StatisticsQuery q = plan.query;
        List<String> where = new ArrayList<>(List.of("c.deleted_at is null"));
        if (q.region() != null) {
            where.add("c.place_id in (select kuzet_places_in(:region))");
            params.put("region", q.region());
        }
        if (plan.articleCode != null) {
            where.add("exists (select 1 from charge x join legal_article a on a.id = x.article_id "
                    + "where x.case_id = c.id and a.code = :articleCode and a.article = :articleNumber)");
            params.put("articleCode", plan.articleCode);
            params.put("articleNumber", plan.articleNumber);
        }
        if (q.organization() != null) {
            // a party, or a defendant's organisation: the view case_organization (V16), as the grouping
            where.add("exists (select 1 from case_organization x join organization o on o.id = x.organization_id "
                    + "where x.case_id = c.id and o.key = :organization)");
            params.put("organization", q.organization());
        }
        List<String> incident = new ArrayList<>();
        if (q.type() != null) {
            incident.add("exists (select 1 from incident_type x join vocabulary_term t on t.id = x.term_id "
                    + "where x.incident_id = i.id and t.code = :type)");
            params.put("type", q.type());
        }
        if (q.right() != null) {
            incident.add("exists (select 1 from incident_right x join vocabulary_term t on t.id = x.term_id "
                    + "where x.incident_id = i.id and t.code = :right)");
            params.put("right", q.right());
        }
        if (q.perpetrator() != null) {
            incident.add("exists (select 1 from incident_perpetrator x join vocabulary_term t on t.id = x.kind_id "
                    + "where x.incident_id = i.id and t.code = :perpetrator)");
            params.put("perpetrator", q.perpetrator());
        }
        if (q.reviewStatus() != null) {
            incident.add("i.review_status = :reviewStatus");
            params.put("reviewStatus", q.reviewStatus());
        }
        if (!incident.isEmpty()) {
            where.add("exists (select 1 from incident_case ic join incident i on i.id = ic.incident_id "
                    + "where ic.case_id = c.id and i.deleted_at is null and " + String.join(" and ", incident) + ")");
        }
        return String.join(" and ", where);
    }

    /** The period condition on a dated row: the days its (possibly imprecise) date stands for overlap the period. */
    private static String periodOf(String alias, Plan plan) {
        String sql = "";
        if (plan.from != null) {
            sql += " and " + String.format(STAGE_LAST_DAY, alias) + " >= :from";
        }
        if (plan.to != null) {
            sql += " and " + alias + ".date <= :to";
        }
        return sql;
    }

    private static String caseLabel() {
        return "coalesce(" + localized("c.title") + ", c.number, c.key)";
    }

    /** A localized_text column in the asked language, else in its original language (V16). */
    private static String localized(String column) {
        return "kuzet_text(" + column + ", :lang)";
    }

    // ---------------------------------------------------------------- groups

    private Label timeGroup(String by, Fact fact, String lang) {
        if (fact.date == null) {
            return new Label(UNKNOWN, message("stats.unknown", lang));
        }
        int year = fact.date.getYear();
        if (by.equals("year")) {
            return new Label(Integer.toString(year), Integer.toString(year));
        }
        if ("year".equals(fact.precision)) {
            // known only to the year: its own group, not January's
            return new Label(Integer.toString(year), message("stats.yearOnly", lang, Integer.toString(year)));
        }
        if (by.equals("quarter")) {
            int quarter = (fact.date.getMonthValue() - 1) / 3 + 1;
            return new Label(year + "-Q" + quarter, year + " Q" + quarter);
        }
        String key = "%d-%02d".formatted(year, fact.date.getMonthValue());
        return new Label(key, key);
    }

    /** The groups of each record (incident or case id), from the grouping's own table. */
    private Map<Long, List<Label>> groups(Plan plan, List<Fact> facts, String lang) {
        Set<Long> ids = new LinkedHashSet<>();
        facts.forEach(f -> ids.add(f.groupedBy));
        Map<Long, List<Label>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        boolean incidents = "incidents".equals(plan.unit) || plan.victims();
        String sql = incidents ? incidentGroupSql(plan.by) : caseGroupSql(plan.by);
        db.sql(sql).param("ids", List.copyOf(ids)).param("lang", lang)
                .query((rs, n) -> {
                    String key = rs.getString(2);
                    String label = plan.by.equals("sanction") ? message("stats.sanction." + key, lang) : rs.getString(3);
                    List<Label> labels = result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    Label l = new Label(key, label == null ? key : label);
                    if (!labels.contains(l)) {
                        labels.add(l);
                    }
                    return null;
                }).list();
        return result;
    }

    private static String term(String table, String column, String owner) {
        return "select x." + owner + ", t.code, " + TERM_LABEL + " from " + table + " x join vocabulary_term t "
                + "on t.id = x." + column + " where x." + owner + " in (:ids)";
    }

    // labels in the reader's language, with the one fallback (V16)
    private static final String TERM_LABEL = "kuzet_label(:lang, t.label_en, t.label_ru, t.label_kk)";
    private static final String PLACE_NAME = "kuzet_label(:lang, r.name_en, r.name_ru, r.name_kk)";
    private static final String ARTICLE = "a.code || '-' || a.article, a.code || ' ' || a.article || ' — ' "
            + "|| kuzet_label(:lang, a.label_en, a.label_ru, a.label_kk)";

    private static String incidentGroupSql(String by) {
        return switch (by) {
            case "type" -> term("incident_type", "term_id", "incident_id");
            case "right" -> term("incident_right", "term_id", "incident_id");
            case "perpetrator" -> term("incident_perpetrator", "kind_id", "incident_id");
            case "region" -> "select i.id, r.code, " + PLACE_NAME + " from incident i "
                    + "join place r on r.id = kuzet_region_of(i.place_id) where i.id in (:ids)";
            // victim, perpetrator or a victim's organisation, as the organisation filter (V16)
            case "organization" -> "select distinct x.incident_id, o.key, o.name from incident_organization x "
                    + "join organization o on o.id = x.organization_id where x.incident_id in (:ids) "
                    + "and o.deleted_at is null order by 1, 2";
            case "article" -> "select x.incident_id, " + ARTICLE + " from incident_article x join legal_article a "
                    + "on a.id = x.article_id where x.incident_id in (:ids) order by 1, 2";
            case "sanction" -> "select ic.incident_id, sc.kind, null from incident_case ic join legal_case c "
                    + "on c.id = ic.case_id and c.deleted_at is null join case_stage s on s.case_id = c.id "
                    + "join sentence_component sc on sc.stage_id = s.id where ic.incident_id in (:ids) "
                    + "union select ic.incident_id, s.measure, null from incident_case ic join legal_case c "
                    + "on c.id = ic.case_id and c.deleted_at is null join case_stage s on s.case_id = c.id "
                    + "where s.measure is not null and s.kind = 'measure_of_restraint' and ic.incident_id in (:ids) "
                    + "order by 1, 2";
            default -> throw new IllegalStateException(by);
        };
    }

    private static String caseGroupSql(String by) {
        String viaIncidents = " from incident_case ic join incident i on i.id = ic.incident_id and i.deleted_at is null ";
        return switch (by) {
            case "type", "right", "perpetrator" -> {
                String table = by.equals("perpetrator") ? "incident_perpetrator" : "incident_" + by;
                String column = by.equals("perpetrator") ? "kind_id" : "term_id";
                yield "select ic.case_id, t.code, " + TERM_LABEL + viaIncidents
                        + "join " + table + " x on x.incident_id = i.id join vocabulary_term t on t.id = x." + column
                        + " where ic.case_id in (:ids) order by 1, 2";
            }
            case "region" -> "select c.id, r.code, " + PLACE_NAME + " from legal_case c "
                    + "join place r on r.id = kuzet_region_of(c.place_id) where c.id in (:ids)";
            case "organization" -> "select distinct x.case_id, o.key, o.name from case_organization x "
                    + "join organization o on o.id = x.organization_id where x.case_id in (:ids) "
                    + "and o.deleted_at is null order by 1, 2";
            case "article" -> "select x.case_id, " + ARTICLE + " from charge x join legal_article a "
                    + "on a.id = x.article_id where x.case_id in (:ids) order by 1, 2";
            case "sanction" -> "select s.case_id, sc.kind, null from case_stage s join sentence_component sc "
                    + "on sc.stage_id = s.id where s.case_id in (:ids) union select s.case_id, s.measure, null "
                    + "from case_stage s where s.measure is not null and s.kind = 'measure_of_restraint' "
                    + "and s.case_id in (:ids) order by 1, 2";
            default -> throw new IllegalStateException(by);
        };
    }

    private String message(String key, String lang, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(lang));
    }

    private static String language(String language) {
        return language != null && List.of("en", "ru", "kk").contains(language) ? language : "en";
    }

    // ---------------------------------------------------------------- the checked query

    /** The query, checked: known codes, dates parsed, the columns it asks for. */
    private static final class Plan {
        final StatisticsQuery query;
        final String unit;
        final String by;
        final LocalDate from;
        final LocalDate to;
        final LocalDate on;
        final List<String> measures;
        String articleCode;
        String articleNumber;

        private Plan(StatisticsQuery query, String unit, String by, LocalDate from, LocalDate to, LocalDate on,
                     List<String> measures) {
            this.query = query;
            this.unit = unit;
            this.by = by;
            this.from = from;
            this.to = to;
            this.on = on;
            this.measures = measures;
        }

        static Plan of(StatisticsQuery q, JdbcClient db) {
            Checker check = Checker.rootAt("query");
            String unit = q.unit() == null ? "incidents" : check.at("unit").oneOf(q.unit(), UNITS);
            String by = q.by() == null ? "year" : check.at("by").oneOf(q.by(), GROUPINGS);
            LocalDate from = check.at("from").date(q.from());
            LocalDate to = check.at("to").date(q.to());
            LocalDate on = check.at("on").date(q.on());
            if (from != null && to != null && to.isBefore(from)) {
                check.at("to").problem("the period ends before it begins");
            }
            known(check, "type", q.type(), db, "select exists (select 1 from vocabulary_term where vocabulary = 'incident_type' and code = ?)");
            known(check, "right", q.right(), db, "select exists (select 1 from vocabulary_term where vocabulary = 'right' and code = ?)");
            known(check, "perpetrator", q.perpetrator(), db, "select exists (select 1 from vocabulary_term where vocabulary = 'perpetrator_kind' and code = ?)");
            known(check, "region", q.region(), db, "select exists (select 1 from place where code = ?)");
            known(check, "organization", q.organization(), db, "select exists (select 1 from organization where key = ? and deleted_at is null)");
            check.at("reviewStatus").oneOf(q.reviewStatus(), REVIEW_STATUSES);
            String articleCode = null;
            String articleNumber = null;
            if (q.article() != null) {
                String[] parts = q.article().split("[- ]", 2);
                if (parts.length != 2) {
                    check.at("article").problem("'" + q.article() + "' is not an article reference such as CC-405");
                } else {
                    articleCode = parts[0].toUpperCase(Locale.ROOT);
                    articleNumber = parts[1];
                    if (!db.sql("select exists (select 1 from legal_article where code = ? and article = ?)")
                            .params(articleCode, articleNumber).query(Boolean.class).single()) {
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
            Plan plan = new Plan(q, unit, by, from, to, on != null ? on : to != null ? to : LocalDate.now(), measures);
            plan.articleCode = articleCode;
            plan.articleNumber = articleNumber;
            return plan;
        }

        private static void known(Checker check, String parameter, String value, JdbcClient db, String sql) {
            if (value != null && !db.sql(sql).param(value).query(Boolean.class).single()) {
                check.at(parameter).problem("'" + value + "' is not a known " + parameter);
            }
        }

        boolean victims() {
            return "persons".equals(unit) && measures.equals(List.of(ALL));
        }

        boolean timeGrouping() {
            return List.of("month", "quarter", "year").contains(by);
        }

        /** The query as URL parameters, for the link to one number's records. */
        String queryString(String group, String measure) {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("unit", unit).queryParam("by", by);
            param(b, "from", query.from());
            param(b, "to", query.to());
            param(b, "type", query.type());
            param(b, "right", query.right());
            param(b, "region", query.region());
            param(b, "organization", query.organization());
            param(b, "article", query.article());
            param(b, "perpetrator", query.perpetrator());
            param(b, "reviewStatus", query.reviewStatus());
            query.stages().forEach(s -> b.queryParam("stage", s));
            if (measures.contains("pre_trial_detention")) {
                b.queryParam("on", on.toString());
            }
            param(b, "group", group);
            if (!ALL.equals(measure)) {
                b.queryParam("measure", measure);
            }
            return b.encode().build().getQuery();
        }

        private static void param(UriComponentsBuilder b, String name, String value) {
            if (value != null) {
                b.queryParam(name, value);
            }
        }
    }
}
