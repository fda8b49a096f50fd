package org.kuzet.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.Json;
import org.kuzet.shared.PageOf;
import org.kuzet.vocabulary.Labels;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident list of the web interface: a page of incidents and the counts of its facets. The conditions are the
 * incident service's own {@link org.kuzet.incident.IncidentFilter} (so the list and the API agree), plus the
 * perpetrator kind. Every value is a bound parameter, and row-level security keeps out what the reader may not see,
 * in the list and in every count.
 */
@Component
class IncidentBrowser {

    static final int PAGE_SIZE = 25;
    /** Long facets (organisations, articles) show their most frequent values. */
    static final int LONG_FACET = 12;
    private static final List<String> REGION_KINDS = List.of("region", "city_of_republican_significance");

    private final JdbcClient db;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;

    IncidentBrowser(JdbcClient db, Vocabularies vocabularies, ApplicationEventPublisher events) {
        this.db = db;
        this.vocabularies = vocabularies;
        this.events = events;
    }

    /** The result of a search: the page of incidents, the facets and the years with their counts. */
    record Result(PageOf<IncidentRow> incidents, List<Facet> facets, Facet years) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Result search(IncidentSearch search, String lang) {
        FilterQuery where = where(search);
        long total = where.bind(db.sql("select count(*) from incident i where " + where.where())).query(Long.class).single();
        List<Long> ids = where.bind(db.sql("select i.id from incident i where " + where.where() + " order by " + where.orderBy()
                        + " limit :limit offset :offset"))
                .param("limit", PAGE_SIZE).param("offset", (long) search.page() * PAGE_SIZE)
                .query(Long.class).list();
        List<IncidentRow> rows = rows(ids);
        Map<String, Place> places = vocabularies.places().stream().collect(Collectors.toMap(Place::code, p -> p));
        List<Facet> facets = new ArrayList<>();
        facets.add(regions(search, places, lang));
        facets.add(terms(search, "type", "incident_type", "incident_type", "term_id", lang));
        facets.add(terms(search, "right", "right", "incident_right", "term_id", lang));
        facets.add(organizations(search));
        facets.add(articles(search, lang));
        facets.add(terms(search, "perpetrator", "perpetrator_kind", "incident_perpetrator", "kind_id", lang));
        facets.add(statuses(search));
        return new Result(new PageOf<>(rows, total, search.page(), PAGE_SIZE), facets, years(search));
    }

    /** The latest incidents by date, or those awaiting review (draft or verified), for the dashboard. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentRow> latest(boolean awaitingReview, int limit) {
        List<Long> ids = db.sql("select id from incident where deleted_at is null"
                        + (awaitingReview ? " and review_status in ('draft', 'verified') order by updated_at desc, id desc"
                        : " order by date desc, id desc") + " limit :limit")
                .param("limit", limit).query(Long.class).list();
        return rows(ids);
    }

    /** The first {@code limit} incidents of a search, without facets. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentRow> list(IncidentSearch search, int limit) {
        FilterQuery where = where(search);
        return rows(where.bind(db.sql("select i.id from incident i where " + where.where() + " order by " + where.orderBy()
                + " limit :limit")).param("limit", limit).query(Long.class).list());
    }

    FilterQuery where(IncidentSearch search) {
        FilterQuery base = search.filter().toQuery();
        if (search.perpetrator() == null) {
            return base;
        }
        Map<String, Object> params = new LinkedHashMap<>(base.params());
        params.put("perpetratorKind", search.perpetrator());
        return new FilterQuery(base.where() + " and exists (select 1 from incident_perpetrator x join vocabulary_term t "
                + "on t.id = x.kind_id where x.incident_id = i.id and t.code = :perpetratorKind)", base.orderBy(), params);
    }

    List<IncidentRow> rows(List<Long> ids) {
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
        Map<Long, IncidentRow> byId = new HashMap<>();
        db.sql("""
                select i.id, i.key, i.title::text, i.date, i.date_precision, p.name_en, p.name_ru, p.name_kk,
                    i.review_status, i.confidentiality
                from incident i left join place p on p.id = i.place_id where i.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> new Object[] {rs.getLong(1), new IncidentRow(rs.getString(2), Json.localized(rs.getString(3)),
                        rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : new Labels(rs.getString(6), rs.getString(7), rs.getString(8)),
                        types.getOrDefault(rs.getLong(1), List.of()), rs.getString(9), rs.getString(10))})
                .list().forEach(row -> byId.put((Long) row[0], (IncidentRow) row[1]));
        List<IncidentRow> rows = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        List<String> confidential = rows.stream().filter(r -> "confidential".equals(r.confidentiality()))
                .map(IncidentRow::key).toList();
        if (!confidential.isEmpty()) {
            events.publishEvent(new AuditEvent("record_read", "incident", null, Map.of("keys", confidential)));
        }
        return rows;
    }

    /** Counts of a facet under every active filter but its own. */
    private <K> Map<K, Long> counts(IncidentSearch without, String select, String join, String groupBy,
                                    Function<java.sql.ResultSet, K> key) {
        FilterQuery where = where(without);
        Map<K, Long> counts = new LinkedHashMap<>();
        where.bind(db.sql("select " + select + ", count(distinct i.id) from incident i " + join + " where " + where.where()
                        + " group by " + groupBy))
                .query((rs, n) -> {
                    counts.merge(key.apply(rs), rs.getLong(rs.getMetaData().getColumnCount()), Long::sum);
                    return null;
                }).list();
        return counts;
    }

    private Facet terms(IncidentSearch search, String parameter, String vocabulary, String table, String column, String lang) {
        Map<String, Long> counts = counts(search.with(parameter, null), "t.code",
                "join " + table + " x on x.incident_id = i.id join vocabulary_term t on t.id = x." + column, "t.code",
                rs -> string(rs, 1));
        String selected = search.value(parameter);
        List<Facet.Value> values = new ArrayList<>();
        vocabularies.terms(vocabulary).forEach(t -> {
            if (counts.containsKey(t.code()) || t.code().equals(selected)) {
                values.add(new Facet.Value(t.code(), t.labels().in(lang), counts.getOrDefault(t.code(), 0L),
                        t.code().equals(selected)));
            }
        });
        return new Facet(parameter, byCount(values));
    }

    private Facet regions(IncidentSearch search, Map<String, Place> places, String lang) {
        Map<String, Long> byPlace = counts(search.with("region", null), "p.code", "join place p on p.id = i.place_id",
                "p.code", rs -> string(rs, 1));
        Map<String, Long> byRegion = new HashMap<>();
        // one incident has one place, so the counts of the places of a region add up
        byPlace.forEach((code, n) -> byRegion.merge(regionOf(code, places), n, Long::sum));
        String selected = search.region();
        if (selected != null) {
            byRegion.putIfAbsent(selected, 0L);
        }
        List<Facet.Value> values = byRegion.entrySet().stream()
                .map(e -> new Facet.Value(e.getKey(), places.containsKey(e.getKey()) ? places.get(e.getKey()).names().in(lang)
                        : e.getKey(), e.getValue(), e.getKey().equals(selected)))
                .toList();
        return new Facet("region", byCount(values));
    }

    /** The region (or city of republican significance) a place lies in; a place abroad counts under its country. */
    static String regionOf(String code, Map<String, Place> places) {
        Place place = places.get(code);
        Place top = place;
        while (place != null) {
            if (REGION_KINDS.contains(place.kind())) {
                return place.code();
            }
            top = place;
            place = place.parent() == null ? null : places.get(place.parent());
        }
        return top == null ? code : top.code();
    }

    private Facet organizations(IncidentSearch search) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        FilterQuery where = where(search.with("organization", null));
        // the same three links as the organisation filter: victim, perpetrator, or a victim's membership
        where.bind(db.sql("""
                        select o.key, o.name, count(distinct i.id) from incident i
                        join lateral (
                            select v.organization_id as oid from incident_victim v where v.incident_id = i.id
                            union select x.organization_id from incident_perpetrator x where x.incident_id = i.id
                            union select m.organization_id from incident_victim v join membership m on m.person_id = v.person_id
                                where v.incident_id = i.id) link on link.oid is not null
                        join organization o on o.id = link.oid and o.deleted_at is null"""
                        + " where " + where.where() + " group by o.key, o.name order by count(distinct i.id) desc, o.name limit "
                        + LONG_FACET))
                .query((rs, n) -> {
                    counts.put(rs.getString(1), rs.getLong(3));
                    names.put(rs.getString(1), rs.getString(2));
                    return null;
                }).list();
        String selected = search.organization();
        List<Facet.Value> values = new ArrayList<>();
        counts.forEach((key, n) -> values.add(new Facet.Value(key, names.get(key), n, key.equals(selected))));
        if (selected != null && !counts.containsKey(selected)) {
            String name = db.sql("select name from organization where key = ? and deleted_at is null").param(selected)
                    .query(String.class).optional().orElse(selected);
            values.add(new Facet.Value(selected, name, 0, true));
        }
        return new Facet("organization", values);
    }

    private Facet articles(IncidentSearch search, String lang) {
        Map<String, Long> counts = counts(search.with("article", null), "a.code || '-' || a.article",
                "join incident_article x on x.incident_id = i.id join legal_article a on a.id = x.article_id",
                "a.code, a.article", rs -> string(rs, 1));
        Map<String, Labels> labels = new HashMap<>();
        vocabularies.articles().forEach(a -> labels.put(a.code() + "-" + a.article(), a.labels()));
        String selected = search.article();
        if (selected != null) {
            counts.putIfAbsent(selected, 0L);
        }
        List<Facet.Value> values = counts.entrySet().stream()
                .map(e -> new Facet.Value(e.getKey(), e.getKey().replaceFirst("-", " ")
                        + (labels.containsKey(e.getKey()) ? " · " + labels.get(e.getKey()).in(lang) : ""),
                        e.getValue(), e.getKey().equals(selected)))
                .toList();
        List<Facet.Value> top = byCount(values);
        return new Facet("article", top.size() > LONG_FACET && selected == null ? top.subList(0, LONG_FACET) : top);
    }

    private Facet statuses(IncidentSearch search) {
        Map<String, Long> counts = counts(search.with("status", null), "i.review_status", "", "i.review_status",
                rs -> string(rs, 1));
        List<Facet.Value> values = new ArrayList<>();
        for (String status : List.of("draft", "verified", "published")) {
            if (counts.containsKey(status) || status.equals(search.status())) {
                values.add(new Facet.Value(status, status, counts.getOrDefault(status, 0L), status.equals(search.status())));
            }
        }
        return new Facet("status", values);
    }

    private Facet years(IncidentSearch search) {
        Map<Integer, Long> counts = counts(search.with("from", null).with("to", null), "extract(year from i.date)::int",
                "", "extract(year from i.date)::int", rs -> {
                    try {
                        return rs.getInt(1);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        String selected = selectedYear(search);
        List<Facet.Value> values = counts.entrySet().stream().sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                .map(e -> new Facet.Value(e.getKey().toString(), e.getKey().toString(), e.getValue(),
                        e.getKey().toString().equals(selected)))
                .toList();
        return new Facet("year", values);
    }

    /** The year when the date range is exactly one calendar year. */
    static String selectedYear(IncidentSearch search) {
        if (search.from() == null || search.to() == null || !search.from().matches("\\d{4}-01-01")
                || !search.to().equals(search.from().substring(0, 4) + "-12-31")) {
            return null;
        }
        return search.from().substring(0, 4);
    }

    private static List<Facet.Value> byCount(List<Facet.Value> values) {
        return values.stream().sorted(Comparator.comparingLong(Facet.Value::count).reversed()
                .thenComparing(Facet.Value::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static String string(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
