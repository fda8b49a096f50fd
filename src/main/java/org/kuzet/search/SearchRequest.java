package org.kuzet.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kuzet.incident.ReviewStatus;
import org.kuzet.shared.Checker;

/**
 * One search as the address carries it ({@code /search?q=Mamay&type=person&region=kz-almaty}): the words, one
 * value per facet, the order and the page. {@link #check()} refuses what is malformed with a problem naming the
 * parameter.
 */
public record SearchRequest(String q, String type, String incidentType, String right, String region, String year,
                            String organization, String article, String perpetrator, String reviewStatus, String sort,
                            Integer page, Integer size) {

    /** The facets, in the order a page shows them; each is also the name of its filter parameter. */
    public static final List<String> FACETS = List.of("type", "incidentType", "right", "region", "year", "organization",
            "article", "perpetrator", "reviewStatus");
    public static final List<String> SORTS = List.of("relevance", "date");
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    // the shape of the codes and keys a facet value may be; anything else cannot match and is refused
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}");

    public SearchRequest {
        q = blankToNull(q);
        type = blankToNull(type);
        incidentType = blankToNull(incidentType);
        right = blankToNull(right);
        region = blankToNull(region);
        year = blankToNull(year);
        organization = blankToNull(organization);
        article = blankToNull(article);
        perpetrator = blankToNull(perpetrator);
        reviewStatus = blankToNull(reviewStatus);
        sort = blankToNull(sort);
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Throws a 422 problem naming each malformed parameter. */
    public SearchRequest check() {
        Checker c = Checker.root();
        if (q != null && q.length() > SearchQuery.MAX_LENGTH) {
            c.at("q").problem("is longer than " + SearchQuery.MAX_LENGTH + " characters");
        }
        if (type != null && !SearchIndex.TYPES.contains(type)) {
            c.at("type").problem("must be one of " + String.join(", ", SearchIndex.TYPES));
        }
        if (year != null && !year.matches("[12][0-9]{3}")) {
            c.at("year").problem("must be a year such as 2018");
        }
        if (reviewStatus != null && !ReviewStatus.CODES.contains(reviewStatus)) {
            c.at("reviewStatus").problem("must be one of " + String.join(", ", ReviewStatus.CODES));
        }
        for (String facet : List.of("incidentType", "right", "region", "organization", "article", "perpetrator")) {
            String value = filters().get(facet);
            if (value != null && !CODE.matcher(value).matches()) {
                c.at(facet).problem("is not a code or key");
            }
        }
        if (sort != null && !SORTS.contains(sort)) {
            c.at("sort").problem("must be one of " + String.join(", ", SORTS));
        }
        if (page != null && page < 0) {
            c.at("page").problem("must be 0 or more");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            c.at("size").problem("must be between 1 and " + MAX_SIZE);
        }
        c.throwIfProblems();
        return this;
    }

    /** The active filters by facet name, in the order of {@link #FACETS}. */
    public Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", type);
        f.put("incidentType", incidentType);
        f.put("right", right);
        f.put("region", region);
        f.put("year", year);
        f.put("organization", organization);
        f.put("article", article);
        f.put("perpetrator", perpetrator);
        f.put("reviewStatus", reviewStatus);
        f.values().removeIf(java.util.Objects::isNull);
        return f;
    }

    public String value(String parameter) {
        return parameters().get(parameter);
    }

    public int pageNumber() {
        return page == null ? 0 : page;
    }

    public int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public boolean byDate() {
        return "date".equals(sort);
    }

    /** Every parameter that is set, as the address carries it. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        for (String facet : FACETS) {
            p.put(facet, filters().get(facet));
        }
        p.put("sort", sort);
        p.put("page", page == null || page == 0 ? null : page.toString());
        p.put("size", size == null ? null : size.toString());
        return p;
    }

    /** The same search with {@code parameter} set to {@code value} (removed when null), from the first page. */
    public SearchRequest with(String parameter, String value) {
        Map<String, String> p = parameters();
        p.put(parameter, value);
        p.put("page", null);
        return of(p);
    }

    /** The same search on another page. */
    public SearchRequest onPage(int number) {
        Map<String, String> p = parameters();
        p.put("page", number == 0 ? null : Integer.toString(number));
        return of(p);
    }

    private static SearchRequest of(Map<String, String> p) {
        return new SearchRequest(p.get("q"), p.get("type"), p.get("incidentType"), p.get("right"), p.get("region"),
                p.get("year"), p.get("organization"), p.get("article"), p.get("perpetrator"), p.get("reviewStatus"),
                p.get("sort"),
                p.get("page") == null ? null : Integer.valueOf(p.get("page")),
                p.get("size") == null ? null : Integer.valueOf(p.get("size")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
