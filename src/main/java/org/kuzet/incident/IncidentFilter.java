package org.kuzet.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.RecordFilter;

/**
 * Filters of the incident list. Every value is bound as a parameter; only fixed SQL fragments are
 * concatenated. A code (a type, a place) is turned into its ids by functions PostgreSQL computes while planning
 * (V47), so that it plans from how many incidents each value really has. A date range matches incidents whose
 * (possibly imprecise) date overlaps it; {@code undated} the incidents whose date is unknown, which no date range
 * matches.
 */
public record IncidentFilter(String from, String to, Boolean undated, String place, String type, String right, String person,
                             String organization, String article, String perpetrator, String reviewStatus, String q,
                             String sort)
        implements RecordFilter {

    /** The same filter on the organisation (its key) alone. */
    public static IncidentFilter ofOrganization(String organization) {
        return new IncidentFilter(null, null, null, null, null, null, null, organization, null, null, null, null, null);
    }

    private static final Map<String, String> SORTS = Map.of(
            "date", "i.date, i.id", "-date", "i.date desc nulls last, i.id desc",
            "updatedAt", "i.updated_at, i.id", "-updatedAt", "i.updated_at desc, i.id desc",
            "key", "i.key");

    /**
     * The same filter without the condition a facet sets ({@code region}, {@code type}, {@code right},
     * {@code organization}, {@code article}, {@code perpetrator}, {@code reviewStatus}, or {@code dates} for both
     * ends of the period): what the facet's counts are taken under.
     */
    public IncidentFilter without(String facet) {
        return new IncidentFilter(facet.equals("dates") ? null : from, facet.equals("dates") ? null : to,
                facet.equals("dates") ? null : undated,
                facet.equals("region") ? null : place, facet.equals("type") ? null : type,
                facet.equals("right") ? null : right, person, facet.equals("organization") ? null : organization,
                facet.equals("article") ? null : article, facet.equals("perpetrator") ? null : perpetrator,
                facet.equals("reviewStatus") ? null : reviewStatus, q, sort);
    }

    /** Whether the filter leaves every live incident the reader may see (whatever its order). */
    public boolean choosesNothing() {
        return from == null && to == null && !Boolean.TRUE.equals(undated) && place == null && type == null
                && right == null && person == null && organization == null && article == null && perpetrator == null
                && reviewStatus == null && (q == null || q.isBlank());
    }

    @Override
    public FilterQuery toQuery() {
        Checker check = Checker.rootAt("query");
        List<String> where = new ArrayList<>(List.of("i.deleted_at is null"));
        Map<String, Object> params = new LinkedHashMap<>();
        LocalDate fromDate = check.at("from").date(from);
        LocalDate toDate = check.at("to").date(to);
        if (fromDate != null) {
            // an incident of "February 2020" is within a range that starts on 15 February (the span's rule: V16)
            where.add("kuzet_span_last_day(i.date, i.date_precision, i.end_date, i.end_date_precision) >= :from");
            params.put("from", fromDate);
        }
        if (toDate != null) {
            where.add("i.date <= :to");
            params.put("to", toDate);
        }
        if (Boolean.TRUE.equals(undated)) {
            if (fromDate != null || toDate != null) {
                check.at("undated").problem("cannot be combined with a date range: no undated incident is within one");
            }
            where.add("i.date is null");
        }
        if (place != null) {
            where.add("i.place_id = any (kuzet_place_ids(:place))");
            params.put("place", place);
        }
        if (type != null) {
            where.add("exists (select 1 from incident_type x where x.incident_id = i.id "
                    + "and x.term_id = kuzet_term_id('incident_type', :type))");
            params.put("type", type);
        }
        if (right != null) {
            where.add("exists (select 1 from incident_right x where x.incident_id = i.id "
                    + "and x.term_id = kuzet_term_id('right', :right))");
            params.put("right", right);
        }
        if (person != null) {
            // a set of ids, not "exists … or exists …": an OR of two correlated subqueries makes PostgreSQL read every
            // incident to test each, where the person's few incidents are found through the indexes
            where.add("i.id in (select v.incident_id from incident_victim v join person p on p.id = v.person_id "
                    + "where p.key = :person union all select x.incident_id from incident_perpetrator x "
                    + "join person p on p.id = x.person_id where p.key = :person)");
            params.put("person", person);
        }
        if (organization != null) {
            // as victim, perpetrator or a victim's organisation: the view incident_organization (V16). Its id given as a
            // value (null when the reader may not see it) reaches every branch of the view, a join to it would not
            where.add("i.id in (select x.incident_id from incident_organization x "
                    + "where x.organization_id = (select o.id from organization o where o.key = :organization))");
            params.put("organization", organization);
        }
        if (perpetrator != null) {
            where.add("exists (select 1 from incident_perpetrator x where x.incident_id = i.id "
                    + "and x.kind_id = kuzet_term_id('perpetrator_kind', :perpetratorKind))");
            params.put("perpetratorKind", perpetrator);
        }
        if (article != null) {
            String[] parts = article.split("[- ]", 2);
            if (parts.length != 2) {
                check.at("article").problem("'" + article + "' is not an article reference such as CC-405");
            } else {
                where.add("exists (select 1 from incident_article x where x.incident_id = i.id "
                        + "and x.article_id = kuzet_article_id(:articleCode, :articleNumber))");
                params.put("articleCode", parts[0].toUpperCase(java.util.Locale.ROOT));
                params.put("articleNumber", parts[1]);
            }
        }
        if (reviewStatus != null && check.at("reviewStatus").oneOf(reviewStatus, ReviewStatus.CODES) != null) {
            where.add("i.review_status = :reviewStatus");
            params.put("reviewStatus", reviewStatus);
        }
        if (q != null && !q.isBlank()) {
            where.add("(i.title::text ilike :q or i.narrative::text ilike :q or i.key ilike :q)");
            params.put("q", FilterQuery.containing(q));
        }
        String order = SORTS.get(sort == null ? "-date" : sort);
        if (order == null) {
            check.at("sort").problem("'" + sort + "' is not one of " + String.join(", ", SORTS.keySet()));
        }
        check.throwIfProblems();
        return new FilterQuery(String.join(" and ", where), order, params);
    }
}
