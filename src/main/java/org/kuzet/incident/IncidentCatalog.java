package org.kuzet.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.Json;
import org.kuzet.shared.PageOf;
import org.kuzet.vocabulary.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents as lists show them ({@link IncidentSummary}): browsing with facets, the latest ones, those awaiting
 * review, those of an event, a case or a person. The conditions are {@link IncidentFilter}'s, the API's own, so
 * that every list agrees with the API. Every value is a bound parameter, and row-level security keeps out what the
 * reader may not see, in each list and in every count. Facets carry codes and counts; the pages label them.
 */
@Service
public class IncidentCatalog {

    /** Long facets are cut to their most frequent values: organisations here, articles by the page. */
    public static final int LONG_FACET = 12;

    private final JdbcClient db;
    private final ApplicationEventPublisher events;
    private final IncidentFacets facetTally;

    IncidentCatalog(JdbcClient db, ApplicationEventPublisher events, IncidentFacets facetTally) {
        this.db = db;
        this.events = events;
        this.facetTally = facetTally;
    }

    /**
     * A page of the incidents that match {@code filter}, with the counts of each facet under every other active
     * filter, and the years (under every filter but the dates).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public IncidentBrowse browse(IncidentFilter filter, int page, int size) {
        FilterQuery where = filter.toQuery();
        long counted = where.bind(db.sql(PageOf.boundedCount(" from incident i where " + where.where()))).query(Long.class).single();
        List<Long> ids = where.bind(db.sql("select i.id from incident i where " + where.where() + " order by "
                        + where.orderBy() + " limit :limit offset :offset"))
                .param("limit", size).param("offset", (long) page * size)
                .query(Long.class).list();
        PageOf<IncidentSummary> found = PageOf.counted(summaries(ids), counted, page, size);
        List<FacetCounts> facets = filter.choosesNothing() ? tallied() : counted(filter);
        return new IncidentBrowse(found, facets.subList(0, facets.size() - 1), facets.getLast());
    }

    /** The facets under {@code filter}, counted now; the years last. */
    List<FacetCounts> counted(IncidentFilter filter) {
        return List.of(
                regions(filter),
                terms("type", "incident_type", "term_id", filter.without("type"), filter.type()),
                terms("right", "incident_right", "term_id", filter.without("right"), filter.right()),
                organizations(filter),
                articles(filter),
                terms("perpetrator", "incident_perpetrator", "kind_id", filter.without("perpetrator"), filter.perpetrator()),
                statuses(filter),
                years(filter));
    }

    /**
     * The facets of the whole record as the reader sees it, from the counts kept as incidents are written
     * ({@link IncidentFacets}): the same as {@link #counted} with nothing chosen, without reading every incident.
     */
    List<FacetCounts> tallied() {
        IncidentFacets.Counted counted = facetTally.counted();
        Map<Integer, Long> years = new HashMap<>();
        counted.of("year").forEach((year, n) -> years.put(Integer.valueOf(year), n));
        return List.of(
                FacetCounts.of("region", counted.of("region"), null),
                FacetCounts.of("type", counted.of("type"), null),
                FacetCounts.of("right", counted.of("right"), null),
                organizations(counted.of("organization"), counted.organizationNames(), null),
                FacetCounts.of("article", counted.of("article"), null),
                FacetCounts.of("perpetrator", counted.of("perpetrator"), null),
                statuses(counted.of("reviewStatus"), null),
                years(years, counted.of("undated").getOrDefault("", 0L), null, false));
    }

    /** The first {@code limit} incidents that match {@code filter}, without facets. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentSummary> first(IncidentFilter filter, int limit) {
        FilterQuery where = filter.toQuery();
        return summaries(where.bind(db.sql("select i.id from incident i where " + where.where() + " order by "
                + where.orderBy() + " limit :limit")).param("limit", limit).query(Long.class).list());
    }

    /** The latest incidents by date. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentSummary> latest(int limit) {
        return summaries(db.sql("select id from incident where deleted_at is null order by date desc nulls last, id desc limit :limit")
                .param("limit", limit).query(Long.class).list());
    }

    /** The incidents awaiting review ({@link ReviewStatus#awaitsReview()}), the last changed first. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentSummary> awaitingReview(int limit) {
        return summaries(db.sql("select id from incident where deleted_at is null and review_status in (:statuses) "
                        + "order by updated_at desc, id desc limit :limit")
                .param("statuses", ReviewStatus.awaitingReviewCodes()).param("limit", limit).query(Long.class).list());
    }

    /** How many incidents the reader may see, and how many of them await review. */
    public record Counts(long all, long awaitingReview) {
    }

    /** How many incidents the reader may see, and how many of them await review, in one snapshot. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Counts counts() {
        return db.sql("select count(*), count(*) filter (where review_status in (:statuses)) from incident "
                        + "where deleted_at is null")
                .param("statuses", ReviewStatus.awaitingReviewCodes())
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The day of the latest incident the reader may see, if any. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> latestDay() {
        return db.sql("select max(date) from incident where deleted_at is null").query(LocalDate.class).optional();
    }

    /** The event's incidents, in date order (at most 500). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentSummary> ofEvent(String eventKey) {
        return summaries(db.sql("""
                        select i.id from incident i join event e on e.id = i.event_id
                        where e.key = ? and i.deleted_at is null order by i.date, i.id limit 500""")
                .param(eventKey).query(Long.class).list());
    }

    /** The incidents that led to the case or belong to it, in date order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentSummary> ofCase(String caseKey) {
        return summaries(db.sql("""
                        select i.id from incident i join incident_case x on x.incident_id = i.id
                        join legal_case c on c.id = x.case_id
                        where c.key = ? and i.deleted_at is null order by i.date, i.id""")
                .param(caseKey).query(Long.class).list());
    }

    /** An incident in which a person took part, and in which role: {@code victim} or {@code perpetrator}. */
    public record Involvement(IncidentSummary incident, String role) {
    }

    /**
     * The kinds of incident that tell of a step a person's legal status is derived from (custody, a charge, a sentence,
     * a release), when the step is recorded in a legal case.
     */
    static final List<String> LEGAL_STEPS = List.of("detention", "administrative_arrest", "pre_trial_detention",
            "house_arrest", "psychiatric_detention", "release", "criminal_charge", "sentence", "sentence_change",
            "denial_of_parole", "fine");

    /**
     * The incidents of which the person is a victim that tell of a legal step ({@link #LEGAL_STEPS}) but are part of
     * no legal case: what the person's derived legal status does not know, in date order.
     */
    @Transactional(readOnly = true)
    public List<IncidentSummary> legalStepsOutsideCases(String personKey) {
        List<Long> ids = db.sql("""
                select i.id from person p join incident_victim v on v.person_id = p.id
                join incident i on i.id = v.incident_id and i.deleted_at is null
                where p.key = :person
                  and exists (select 1 from incident_type it join vocabulary_term t on t.id = it.term_id
                              where it.incident_id = i.id and t.code in (:steps))
                  and not exists (select 1 from incident_case ic join legal_case c on c.id = ic.case_id
                                  where ic.incident_id = i.id and c.deleted_at is null)
                order by i.date, i.id""")
                .param("person", personKey).param("steps", LEGAL_STEPS).query(Long.class).list();
        return summaries(ids);
    }

    /** The incidents in which the person is a victim or a perpetrator, in date order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Involvement> ofPerson(String personKey) {
        Map<Long, String> roles = new LinkedHashMap<>();
        // the two links as sets of ids through their indexes (an OR of two correlated tests reads every incident)
        db.sql("""
                        select i.id, case when bool_or(link.victim) then 'victim' else 'perpetrator' end
                        from (select v.incident_id, true as victim from incident_victim v join person p on p.id = v.person_id
                              where p.key = :person
                              union all
                              select x.incident_id, false from incident_perpetrator x join person p on p.id = x.person_id
                              where p.key = :person) link
                        join incident i on i.id = link.incident_id and i.deleted_at is null
                        group by i.id order by i.date, i.id""")
                .param("person", personKey)
                .query((rs, n) -> roles.put(rs.getLong(1), rs.getString(2))).list();
        return summaries(List.copyOf(roles.keySet())).stream()
                .map(s -> new Involvement(s, roles.get(s.id()))).toList();
    }

    /** The incidents with these ids, in this order; reads of confidential ones are audited. */
    private List<IncidentSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Labels>> types = new HashMap<>();
        db.sql("""
                select x.incident_id, t.label_en, t.label_ru, t.label_kk from incident_type x
                join vocabulary_term t on t.id = x.term_id where x.incident_id in (:ids) order by t.sort_order, t.code""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Labels(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list().forEach(e -> types.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, IncidentSummary> byId = new HashMap<>();
        db.sql("""
                select i.id, i.key, i.title::text, i.date, i.date_precision, p.name_en, p.name_ru, p.name_kk,
                    i.review_status, i.confidentiality, i.version
                from incident i left join place p on p.id = i.place_id where i.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new IncidentSummary(rs.getLong(1), rs.getString(2), rs.getInt(11),
                        Json.localized(rs.getString(3)), rs.getString(4),
                        rs.getString(4) == null ? IncidentDocument.DATE_UNKNOWN : rs.getString(5),
                        rs.getString(6) == null ? null : new Labels(rs.getString(6), rs.getString(7), rs.getString(8)),
                        types.getOrDefault(rs.getLong(1), List.of()), rs.getString(9), rs.getString(10)))
                .list().forEach(s -> byId.put(s.id(), s));
        List<IncidentSummary> summaries = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        List<String> confidential = summaries.stream().filter(s -> Confidentiality.CONFIDENTIAL.equals(s.confidentiality()))
                .map(IncidentSummary::key).toList();
        if (!confidential.isEmpty()) {
            events.publishEvent(AuditEvent.recordsRead("incident", confidential));
        }
        return summaries;
    }

    /** Counts of a facet under {@code without}: the filter without the facet's own condition. */
    private <K> Map<K, Long> counts(IncidentFilter without, String select, String join, String groupBy,
                                    Function<ResultSet, K> key) {
        FilterQuery where = without.toQuery();
        Map<K, Long> counts = new LinkedHashMap<>();
        where.bind(db.sql("select " + select + ", count(distinct i.id) from incident i " + join + " where " + where.where()
                        + " group by " + groupBy))
                .query((rs, n) -> {
                    counts.merge(key.apply(rs), rs.getLong(rs.getMetaData().getColumnCount()), Long::sum);
                    return null;
                }).list();
        return counts;
    }

    private FacetCounts terms(String parameter, String table, String column, IncidentFilter without, String selected) {
        Map<String, Long> counts = counts(without, "t.code",
                "join " + table + " x on x.incident_id = i.id join vocabulary_term t on t.id = x." + column, "t.code",
                rs -> string(rs, 1));
        return FacetCounts.of(parameter, counts, selected);
    }

    /**
     * Incidents by the region their place rolls up to (the one rule, kuzet_region_of: abroad under its country).
     * Counted by place first, so that the roll-up runs once per place rather than once per incident; an incident has
     * one place, so the counts of a region's places add up.
     */
    private FacetCounts regions(IncidentFilter filter) {
        FilterQuery where = filter.without("region").toQuery();
        Map<String, Long> byRegion = new LinkedHashMap<>();
        where.bind(db.sql("select r.code, sum(n.incidents) from (select i.place_id, count(*) as incidents from incident i "
                        + "where " + where.where() + " and i.place_id is not null group by i.place_id) n "
                        + "join place r on r.id = kuzet_region_of(n.place_id) group by r.code"))
                .query((rs, row) -> byRegion.put(rs.getString(1), rs.getLong(2))).list();
        return FacetCounts.of("region", byRegion, filter.place());
    }

    private FacetCounts organizations(IncidentFilter filter) {
        IncidentFilter without = filter.without("organization");
        FilterQuery where = without.toQuery();
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        // an incident's organisations, as every list, search and statistics count them (victim, perpetrator, member)
        where.bind(db.sql("""
                        select o.key, o.name, count(distinct i.id) from incident i
                        join incident_organization link on link.incident_id = i.id
                        join organization o on o.id = link.organization_id and o.deleted_at is null"""
                        + " where " + where.where() + " group by o.key, o.name"))
                .query((rs, n) -> {
                    counts.put(rs.getString(1), rs.getLong(3));
                    names.put(rs.getString(1), rs.getString(2));
                    return null;
                })
                .list();
        return organizations(counts, names, filter.organization());
    }

    /**
     * The {@link #LONG_FACET} organisations of most incidents (ties by name, then key), and the chosen one wherever
     * it ranks, with 0 when nothing matches it.
     */
    private FacetCounts organizations(Map<String, Long> counts, Map<String, String> names, String selected) {
        List<FacetCounts.Count> ranked = counts.entrySet().stream()
                .map(e -> new FacetCounts.Count(e.getKey(), names.get(e.getKey()), e.getValue(), e.getKey().equals(selected)))
                .sorted(Comparator.comparingLong(FacetCounts.Count::count).reversed()
                        .thenComparing(FacetCounts.Count::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FacetCounts.Count::value))
                .toList();
        List<FacetCounts.Count> values = new ArrayList<>(ranked.subList(0, Math.min(LONG_FACET, ranked.size())));
        if (selected != null && values.stream().noneMatch(FacetCounts.Count::selected)) {
            values.add(ranked.stream().filter(FacetCounts.Count::selected).findFirst().orElseGet(() -> {
                String name = db.sql("select name from organization where key = ? and deleted_at is null").param(selected)
                        .query(String.class).optional().orElse(selected);
                return new FacetCounts.Count(selected, name, 0, true);
            }));
        }
        return new FacetCounts("organization", values);
    }

    private FacetCounts articles(IncidentFilter filter) {
        IncidentFilter without = filter.without("article");
        Map<String, Long> counts = counts(without, "a.code || '-' || a.article",
                "join incident_article x on x.incident_id = i.id join legal_article a on a.id = x.article_id",
                "a.code, a.article", rs -> string(rs, 1));
        return FacetCounts.of("article", counts, filter.article());
    }

    private FacetCounts statuses(IncidentFilter filter) {
        IncidentFilter without = filter.without("reviewStatus");
        Map<String, Long> counts = counts(without, "i.review_status", "", "i.review_status", rs -> string(rs, 1));
        return statuses(counts, filter.reviewStatus());
    }

    private static FacetCounts statuses(Map<String, Long> counts, String selected) {
        Map<String, Long> inOrder = new LinkedHashMap<>();
        for (ReviewStatus status : ReviewStatus.values()) {
            if (counts.containsKey(status.code()) || status.code().equals(selected)) {
                inOrder.put(status.code(), counts.getOrDefault(status.code(), 0L));
            }
        }
        return FacetCounts.of("reviewStatus", inOrder, selected);
    }

    /** The value of the year facet that stands for the incidents whose date is unknown. */
    public static final String UNDATED = IncidentDocument.DATE_UNKNOWN;

    /** The years of the incidents under every filter but the dates, newest first, then the undated. */
    private FacetCounts years(IncidentFilter filter) {
        IncidentFilter without = filter.without("dates");
        // an incident counts in every year its (possibly imprecise) span reaches, as in search
        Map<Integer, Long> counts = counts(without, "y.year", "cross join lateral generate_series(extract(year from i.date)::int, "
                        + "extract(year from kuzet_span_last_day(i.date, i.date_precision, i.end_date, i.end_date_precision))::int)"
                        + " as y(year)", "y.year",
                rs -> {
                    try {
                        return rs.getInt(1);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        FilterQuery where = without.toQuery();
        long undated = where.bind(db.sql("select count(*) from incident i where " + where.where() + " and i.date is null"))
                .query(Long.class).single();
        return years(counts, undated, selectedYear(filter), Boolean.TRUE.equals(filter.undated()));
    }

    private static FacetCounts years(Map<Integer, Long> counts, long undated, String selected, boolean undatedChosen) {
        List<FacetCounts.Count> values = new ArrayList<>(counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .map(e -> new FacetCounts.Count(e.getKey().toString(), null, e.getValue(),
                        e.getKey().toString().equals(selected)))
                .toList());
        // the incidents whose date is unknown are in no year: they are offered apart, after the years
        if (undated > 0 || undatedChosen) {
            values.add(new FacetCounts.Count(UNDATED, null, undated, undatedChosen));
        }
        return new FacetCounts("year", values);
    }

    /** The year when the date range is exactly one calendar year. */
    public static String selectedYear(IncidentFilter filter) {
        if (filter.from() == null || filter.to() == null || !filter.from().matches("\\d{4}-01-01")
                || !filter.to().equals(filter.from().substring(0, 4) + "-12-31")) {
            return null;
        }
        return filter.from().substring(0, 4);
    }

    private static String string(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
