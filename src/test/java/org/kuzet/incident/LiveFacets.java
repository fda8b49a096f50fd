package org.kuzet.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kuzet.shared.FilterQuery;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident list's facets counted the plain way, from the incidents themselves at every request, under the
 * reader's row-level security: what the kept counts ({@link IncidentFacets}) must always equal. Each facet is one
 * statement counting the distinct incidents per value under every other active filter; it read the whole record,
 * which is why the application keeps counts instead (V42).
 */
final class LiveFacets {

    private final JdbcClient db;
    private final IncidentCatalog catalog;

    LiveFacets(JdbcClient db, IncidentCatalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    /** The facets under {@code filter}, the years last, as {@link IncidentCatalog#facets} gives them. */
    List<FacetCounts> facets(IncidentFilter filter) {
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
        return catalog.organizations(counts, names, filter.organization());
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
        return IncidentCatalog.statuses(counts, filter.reviewStatus());
    }

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
        return IncidentCatalog.years(counts, undated, IncidentCatalog.selectedYear(filter), Boolean.TRUE.equals(filter.undated()));
    }


    private static String string(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
