package org.kuzet.web;

import java.util.List;
import java.util.Map;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchResult;
import org.springframework.web.util.UriComponentsBuilder;

/** What the templates show: the request, its result, and the addresses of its variations. */
public record SearchView(SearchRequest request, SearchResult result, List<String> problems) {

    /** Records with a page of their own, by search type. */
    private static final Map<String, String> PAGES = Map.of("incident", "/incidents/", "person", "/persons/",
            "organization", "/organizations/", "legal_case", "/cases/", "source", "/sources/", "event", "/events/");

    public static String url(SearchRequest request) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
        request.parameters().forEach((k, v) -> {
            if (v != null) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    public String toggle(String facet, SearchResult.FacetValue value) {
        return url(request.with(facet, value.selected() ? null : value.value()));
    }

    public String onPage(int number) {
        return url(request.onPage(number));
    }

    public String sortedBy(String sort) {
        return url(request.with("sort", "relevance".equals(sort) ? null : sort));
    }

    public String clear() {
        return url(SearchRequest.of(request.q()));
    }

    public boolean hasFilters() {
        return !request.filters().isEmpty();
    }

    public long pages() {
        return Math.max(1, (result.total() + result.size() - 1) / result.size());
    }

    public String sort() {
        return request.byDate() ? "date" : "relevance";
    }

    /** The address of the record's own page, or null for a record without one. */
    public static String link(SearchResult.Hit hit) {
        String prefix = PAGES.get(hit.type());
        return prefix == null ? null : prefix + UriComponentsBuilder.fromPath("{key}").buildAndExpand(hit.key()).encode().toUriString();
    }

    public List<String> facets() {
        return SearchRequest.FACETS;
    }
}

