package org.kuzet.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.legalcase.LegalStatusView;
import org.kuzet.legalcase.LegalStatuses;
import org.kuzet.shared.FilterQuery;
import org.kuzet.statistics.StatisticsTally.Fact;
import org.kuzet.statistics.StatisticsTally.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts a {@link StatisticsPlan} counts, read from the record under the reader's clearance (row-level security
 * hides what the reader may not see before anything is counted): incidents and their visible named victims; legal
 * cases by their first stage; cases, or their defendants, that reached a stage in the period; defendants in
 * pre-trial detention on a day (their legal statuses derived for all of them at once by {@link LegalStatuses}); and
 * the groups each incident or case belongs to. Also what the plan's checks look up: the codes a filter may name.
 */
@Component
class StatisticsFacts implements StatisticsPlan.KnownCodes {

    private static final String ALL = StatisticsPlan.ALL;

    /** The last day a stage's date may stand for ("June 2020": 30 June); a stage's end date is not when it happened. */
    private static final String STAGE_LAST_DAY = "kuzet_last_day(%1$s.date, %1$s.date_precision)";

    private final JdbcClient db;
    private final LegalStatuses statuses;

    StatisticsFacts(JdbcClient db, LegalStatuses statuses) {
        this.db = db;
        this.statuses = statuses;
    }

    // ---------------------------------------------------------------- what the plan's checks look up

    @Override
    public boolean term(String vocabulary, String code) {
        return known("select exists (select 1 from vocabulary_term where vocabulary = '" + vocabulary + "' and code = ?)", code);
    }

    @Override
    public boolean place(String code) {
        return known("select exists (select 1 from place where code = ?)", code);
    }

    @Override
    public boolean organization(String key) {
        return known("select exists (select 1 from organization where key = ? and deleted_at is null)", key);
    }

    @Override
    public boolean article(String code, String number) {
        return db.sql("select exists (select 1 from legal_article where code = ? and article = ?)")
                .params(code, number).query(Boolean.class).single();
    }

    private boolean known(String sql, String value) {
        return db.sql(sql).param(value).query(Boolean.class).single();
    }

    // ---------------------------------------------------------------- facts

    /** The facts of the plan: incidents (or their victims), else cases or persons in cases, one per measure. */
    List<Fact> facts(StatisticsPlan plan, String lang) {
        return facts(plan, lang, true);
    }

    /**
     * The facts of the plan; with {@code named} false the records counted are left without their names (titles,
     * persons' names), which only a list of the records behind a number shows: what a count needs.
     */
    List<Fact> facts(StatisticsPlan plan, String lang, boolean named) {
        return plan.incidents() ? incidentFacts(plan, lang, named) : caseFacts(plan, lang, named);
    }

    /** The incidents a plan counts: the incident list's filter (alias {@code i}). */
    private static FilterQuery incidentFilter(StatisticsPlan plan) {
        return new IncidentFilter(plan.query().from(), plan.query().to(), null, plan.query().region(),
                plan.query().type(), plan.query().right(), null, plan.query().organization(), plan.query().article(),
                plan.query().perpetrator(), plan.query().reviewStatus(), null, null).toQuery();
    }

    /**
     * The numbers of a plan that counts incidents ({@link StatisticsPlan#countsIncidents()}), counted by the database
     * under the reader's clearance rather than from every incident's facts: each group's incidents once, those in no
     * group as {@code unknown}, the total once. The same filter and the same groups as {@link #facts} and
     * {@link #groups}, so the same numbers; the records behind them are listed from the facts.
     */
    StatisticsTally countIncidents(StatisticsPlan plan, String lang) {
        FilterQuery filter = incidentFilter(plan);
        // every row carries the total, so that the filter runs once
        String total = "(select count(*) from f) as total";
        String matched = "with f as materialized (select i.id, i.place_id, i.date, i.date_precision from incident i where "
                + filter.where() + ") ";
        List<StatisticsTally.Counted> counted = new ArrayList<>();
        String sql;
        if (plan.timeGrouping()) {
            // one row per month and kind of date: the month is all a time group needs, and a year alone its own group
            sql = matched + "select date_trunc('month', f.date)::date as day, f.date_precision = 'year' as year_only, "
                    + "count(*) as n, " + total + " from f group by 1, 2";
        } else if (plan.by().equals("region")) {
            // the region of each place once, not of each incident
            sql = matched + ", p as (select f.place_id, count(*) as n from f group by 1) "
                    + "select r.code as key, min(" + PLACE_NAME + ") as label, sum(p.n) as n, " + total + " from p "
                    + "left join place r on r.id = kuzet_region_of(p.place_id) group by r.code";
        } else {
            sql = matched + "select m.key, min(m.label) as label, count(distinct f.id) as n, " + total + " from f left join ("
                    + incidentGroupSql(plan.by(), "(select id from f)") + ") m (id, key, label) on m.id = f.id "
                    + "group by m.key";
        }
        long[] all = {0};
        filter.bind(db.sql(sql)).param("lang", lang).query((rs, n) -> {
            long count = rs.getLong("n");
            all[0] = rs.getLong("total");
            if (plan.timeGrouping()) {
                LocalDate day = rs.getObject("day", LocalDate.class);
                counted.add(new StatisticsTally.Counted(StatisticsTally.timeGroup(plan.by(), day,
                        rs.getBoolean("year_only") ? "year" : null), count));
            } else {
                String key = rs.getString("key");
                counted.add(new StatisticsTally.Counted(key == null ? UNKNOWN_GROUP
                        : member(plan, key, rs.getString("label")), count));
            }
            return null;
        }).list();
        return StatisticsTally.counted(plan, counted, all[0]);
    }

    private List<Fact> incidentFacts(StatisticsPlan plan, String lang, boolean named) {
        FilterQuery filter = incidentFilter(plan);
        var statement = db.sql("select i.id, i.key, " + (named ? localized("i.title") : "null::text") + " as label, i.date, i.date_precision, "
                + "i.victim_count, i.victim_count_qualifier, i.victim_count_unit from incident i where " + filter.where() + " order by i.date, i.key");
        statement = filter.bind(statement).param("lang", lang);
        record Row(long id, String key, String label, LocalDate date, String datePrecision, Integer victimCount,
                   String victimCountQualifier, String victimCountUnit) {
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
                                    null, 1)))
                    .list();
        }
        List<Fact> facts = new ArrayList<>();
        for (Row row : rows) {
            facts.add(new Fact(ALL, row.id, row.date, row.datePrecision,
                    new RecordList.RecordRef("incident", row.key, row.label, null, 1),
                    row.victimCount, row.victimCountQualifier, row.victimCountUnit,
                    victims.getOrDefault(row.id, Map.of())));
        }
        return facts;
    }

    private List<Fact> caseFacts(StatisticsPlan plan, String lang, boolean named) {
        String label = named ? caseLabel() : "null::text";
        String personName = named ? "d.name" : "null::text";
        Map<String, Object> params = new LinkedHashMap<>();
        String where = caseConditions(plan, params);
        params.put("lang", lang);
        if (plan.from() != null) {
            params.put("from", plan.from());
        }
        if (plan.to() != null) {
            params.put("to", plan.to());
        }
        List<Fact> facts = new ArrayList<>();
        boolean persons = "persons".equals(plan.unit());
        for (String measure : plan.measures()) {
            if (measure.equals("pre_trial_detention")) {
                facts.addAll(detentionFacts(plan, where, params, label, personName, persons));
                continue;
            }
            String sql;
            if (measure.equals(ALL)) {
                // a case counts from its first recorded stage
                sql = "select c.id, c.key, " + label + " as label, s.date, s.date_precision, null::text as person_key, "
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
                sql = "select c.id, c.key, " + label + " as label, s.date, s.date_precision, d.key as person_key, "
                        + personName + " as person_name from legal_case c join case_stage s on s.case_id = c.id "
                        + "left join case_party pa on pa.case_id = c.id and pa.role in (:defendantRoles) "
                        + "and pa.person_id is not null and (s.person_id is null or s.person_id = pa.person_id) "
                        + "left join person d on d.id = pa.person_id and d.deleted_at is null "
                        + "where " + where + " and " + stage + periodOf("s", plan) + " order by s.date, s.position";
            }
            var statement = db.sql(sql).param("defendantRoles", LegalCases.DEFENDANT_ROLES);
            for (var p : params.entrySet()) {
                statement = statement.param(p.getKey(), p.getValue());
            }
            List<Fact> rows = statement.query((rs, n) -> {
                LocalDate date = rs.getObject("date", LocalDate.class);
                String personKey = rs.getString("person_key");
                RecordList.RecordRef counted = persons
                        ? personKey == null ? null : new RecordList.RecordRef("person", personKey,
                                rs.getString("person_name"), null, 1)
                        : new RecordList.RecordRef("case", rs.getString("key"), rs.getString("label"), null, 1);
                return counted == null ? null : new Fact(measure, rs.getLong("id"), date, rs.getString("date_precision"),
                        counted, null, null, null, Map.of());
            }).list();
            rows.stream().filter(f -> f != null).forEach(facts::add);
        }
        return facts;
    }

    /** Defendants of the matching cases whose legal status on the day is pre-trial detention in one of those cases. */
    private List<Fact> detentionFacts(StatisticsPlan plan, String where, Map<String, Object> params, String label,
                                      String personName, boolean persons) {
        var statement = db.sql("select distinct c.id, c.key, " + label + " as label, d.key as person_key, "
                + personName + " as person_name from legal_case c join case_party pa on pa.case_id = c.id "
                + "and pa.role in (:defendantRoles) join person d on d.id = pa.person_id and d.deleted_at is null "
                + "where " + where + " order by d.key, c.key").param("defendantRoles", LegalCases.DEFENDANT_ROLES);
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        record Candidate(long id, String key, String label, String personKey, String personName) {
        }
        List<Candidate> candidates = statement.query(Candidate.class).list();
        // the statuses of all the defendants at once, from one read of their cases' stages
        Map<String, LegalStatusView.Status> statusOf = statuses.statusesOn(
                candidates.stream().map(Candidate::personKey).toList(), plan.on());
        List<Fact> facts = new ArrayList<>();
        for (Candidate c : candidates) {
            LegalStatusView.Status status = statusOf.get(c.personKey);
            if (!"pre_trial_detention".equals(status.kind()) || status.cause() == null
                    || !c.key.equals(status.cause().legalCase())) {
                continue;
            }
            RecordList.RecordRef counted = persons
                    ? new RecordList.RecordRef("person", c.personKey, c.personName, null, 1)
                    : new RecordList.RecordRef("case", c.key, c.label, null, 1);
            facts.add(new Fact("pre_trial_detention", c.id, LocalDate.parse(status.since()), status.sincePrecision(),
                    counted, null, null, null, Map.of()));
        }
        return facts;
    }

    /** The filters on legal cases (alias {@code c}); type, right, perpetrator and review status are of linked incidents. */
    private static String caseConditions(StatisticsPlan plan, Map<String, Object> params) {
        StatisticsQuery q = plan.query();
        List<String> where = new ArrayList<>(List.of("c.deleted_at is null"));
        if (q.region() != null) {
            where.add("c.place_id = any (kuzet_place_ids(:region))");
            params.put("region", q.region());
        }
        if (plan.articleCode() != null) {
            where.add("exists (select 1 from charge x where x.case_id = c.id "
                    + "and x.article_id = kuzet_article_id(:articleCode, :articleNumber))");
            params.put("articleCode", plan.articleCode());
            params.put("articleNumber", plan.articleNumber());
        }
        if (q.organization() != null) {
            // a party, or a defendant's organisation: the view case_organization (V16), as the grouping
            // (its id given as a value reaches every branch of the view and its indexes; a join to it would not)
            where.add("c.id in (select x.case_id from case_organization x "
                    + "where x.organization_id = (select o.id from organization o where o.key = :organization))");
            params.put("organization", q.organization());
        }
        // the linked incidents' conditions are the incident list's (one definition), on the incident i
        IncidentFilter linked = new IncidentFilter(null, null, null, null, q.type(), q.right(), null, null, null,
                q.perpetrator(), q.reviewStatus(), null, null);
        if (!linked.choosesNothing()) {
            FilterQuery incident = linked.toQuery();
            params.putAll(incident.params());
            where.add("exists (select 1 from incident_case ic join incident i on i.id = ic.incident_id "
                    + "where ic.case_id = c.id and " + incident.where() + ")");
        }
        return String.join(" and ", where);
    }

    /** The period condition on a dated row: the days its (possibly imprecise) date stands for overlap the period. */
    private static String periodOf(String alias, StatisticsPlan plan) {
        String sql = "";
        if (plan.from() != null) {
            sql += " and " + String.format(STAGE_LAST_DAY, alias) + " >= :from";
        }
        if (plan.to() != null) {
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

    /** The groups of each record (incident or case id) of the facts, from the grouping's own table. */
    Map<Long, List<Member>> groups(StatisticsPlan plan, List<Fact> facts, String lang) {
        Set<Long> ids = new LinkedHashSet<>();
        facts.forEach(f -> ids.add(f.groupedBy()));
        Map<Long, List<Member>> result = new HashMap<>();
        if (ids.isEmpty() || plan.timeGrouping()) {
            return result;
        }
        boolean incidents = plan.incidents();
        String sql = incidents ? incidentGroupSql(plan.by(), "(:ids)") : caseGroupSql(plan.by());
        db.sql(sql).param("ids", List.copyOf(ids)).param("lang", lang)
                .query((rs, n) -> {
                    List<Member> members = result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    Member m = member(plan, rs.getString(2), rs.getString(3));
                    if (!members.contains(m)) {
                        members.add(m);
                    }
                    return null;
                }).list();
        return result;
    }

    /** Records in no group of the grouping. */
    private static final Member UNKNOWN_GROUP = new Member(Statistics.UNKNOWN, GroupName.worded("stats.unknown", null));

    /** The group of this key and label (the label from the record, if any). */
    private static Member member(StatisticsPlan plan, String key, String label) {
        // a sanction is named by its code, in the reader's language
        GroupName name = plan.by().equals("sanction") ? GroupName.worded("stats.sanction." + key, null)
                : GroupName.named(label == null ? key : label);
        return new Member(key, name);
    }

    private static String term(String table, String column, String owner, String ids) {
        return "select x." + owner + ", t.code, " + TERM_LABEL + " from " + table + " x join vocabulary_term t "
                + "on t.id = x." + column + " where x." + owner + " in " + ids;
    }

    // labels in the reader's language, with the one fallback (V16)
    private static final String TERM_LABEL = "kuzet_label(:lang, t.label_en, t.label_ru, t.label_kk)";
    private static final String PLACE_NAME = "kuzet_label(:lang, r.name_en, r.name_ru, r.name_kk)";
    private static final String ARTICLE = "a.code || '-' || a.article, a.code || ' ' || a.article || ' — ' "
            + "|| kuzet_label(:lang, a.label_en, a.label_ru, a.label_kk)";

    /**
     * The groups of incidents: rows (incident id, group key, label) for the incidents whose ids are {@code ids}, a list
     * such as {@code (:ids)} or a subquery.
     */
    private static String incidentGroupSql(String by, String ids) {
        return switch (by) {
            case "type" -> term("incident_type", "term_id", "incident_id", ids);
            case "right" -> term("incident_right", "term_id", "incident_id", ids);
            case "perpetrator" -> term("incident_perpetrator", "kind_id", "incident_id", ids);
            case "region" -> "select i.id, r.code, " + PLACE_NAME + " from incident i "
                    + "join place r on r.id = kuzet_region_of(i.place_id) where i.id in " + ids;
            // victim, perpetrator or a victim's organisation, as the organisation filter (V16)
            case "organization" -> "select distinct x.incident_id, o.key, o.name from incident_organization x "
                    + "join organization o on o.id = x.organization_id where x.incident_id in " + ids + " "
                    + "and o.deleted_at is null order by 1, 2";
            case "article" -> "select x.incident_id, " + ARTICLE + " from incident_article x join legal_article a "
                    + "on a.id = x.article_id where x.incident_id in " + ids + " order by 1, 2";
            case "sanction" -> "select ic.incident_id, sc.kind, null from incident_case ic join legal_case c "
                    + "on c.id = ic.case_id and c.deleted_at is null join case_stage s on s.case_id = c.id "
                    + "join sentence_component sc on sc.stage_id = s.id where ic.incident_id in " + ids + " "
                    + "union select ic.incident_id, s.measure, null from incident_case ic join legal_case c "
                    + "on c.id = ic.case_id and c.deleted_at is null join case_stage s on s.case_id = c.id "
                    + "where s.measure is not null and s.kind = 'measure_of_restraint' and ic.incident_id in " + ids + " "
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
}
