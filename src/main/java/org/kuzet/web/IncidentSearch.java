package org.kuzet.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.incident.IncidentFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the incident list shows: the facets chosen, the words searched, the order and the page, as the address
 * carries them ({@code /incidents?type=detention&region=kz-almaty-city&page=2}), so that a list can be bookmarked.
 */
public record IncidentSearch(String from, String to, Boolean undated, String region, String type, String right, String organization,
                             String article, String perpetrator, String reviewStatus, String q, String sort,
                             Integer page) {

    /** The facets, in the order the page shows them, as address parameters. */
    static final java.util.List<String> FACETS = java.util.List.of("region", "type", "right", "organization", "article",
            "perpetrator", "reviewStatus");
    static final java.util.List<String> SORTS = java.util.List.of("-date", "date", "-updatedAt", "key");

    public IncidentSearch {
        from = blankToNull(from);
        to = blankToNull(to);
        undated = Boolean.TRUE.equals(undated) ? true : null;
        region = blankToNull(region);
        type = blankToNull(type);
        right = blankToNull(right);
        organization = blankToNull(organization);
        article = blankToNull(article);
        perpetrator = blankToNull(perpetrator);
        reviewStatus = blankToNull(reviewStatus);
        q = blankToNull(q);
        sort = sort != null && SORTS.contains(sort) ? sort : "-date";
        page = page == null ? 0 : Math.max(page, 0);
    }

    /** The incident feature's filter, which the API shares: the region is a place with the places within it. */
    IncidentFilter filter() {
        return new IncidentFilter(from, to, undated, region, type, right, null, organization, article, perpetrator, reviewStatus, q,
                sort);
    }

    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("from", from);
        p.put("to", to);
        p.put("undated", undated == null ? null : "true");
        p.put("region", region);
        p.put("type", type);
        p.put("right", right);
        p.put("organization", organization);
        p.put("article", article);
        p.put("perpetrator", perpetrator);
        p.put("reviewStatus", reviewStatus);
        p.put("sort", "-date".equals(sort) ? null : sort);
        p.put("page", page == 0 ? null : Integer.toString(page));
        return p;
    }

    public String value(String parameter) {
        return parameters().get(parameter);
    }

    /** The same search with {@code parameter} set to {@code value} (or removed when null), from the first page. */
    public IncidentSearch with(String parameter, String value) {
        Map<String, String> p = parameters();
        p.put(parameter, value);
        p.put("page", null);
        return of(p);
    }

    /**
     * The same search limited to one calendar year, to the incidents whose date is unknown
     * ({@link IncidentCatalog#UNDATED}), or to any date when {@code year} is null.
     */
    public IncidentSearch withYear(String year) {
        IncidentSearch anyDate = with("from", null).with("to", null).with("undated", null);
        return year == null ? anyDate : IncidentCatalog.UNDATED.equals(year) ? anyDate.with("undated", "true")
                : anyDate.with("from", year + "-01-01").with("to", year + "-12-31");
    }

    /** The same search on another page. */
    public IncidentSearch onPage(int number) {
        Map<String, String> p = parameters();
        p.put("page", Integer.toString(number));
        return of(p);
    }

    /** The address of this search. */
    public String url() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/incidents");
        parameters().forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    public boolean hasFilters() {
        return from != null || to != null || undated != null || q != null || FACETS.stream().anyMatch(f -> value(f) != null);
    }

    private static IncidentSearch of(Map<String, String> p) {
        return new IncidentSearch(p.get("from"), p.get("to"), "true".equals(p.get("undated")), p.get("region"), p.get("type"), p.get("right"),
                p.get("organization"), p.get("article"), p.get("perpetrator"), p.get("reviewStatus"), p.get("q"), p.get("sort"),
                p.get("page") == null ? 0 : Integer.parseInt(p.get("page")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
