package org.kuzet.search;

import java.util.List;

/**
 * A page of results of mixed types, the total, and the facets with their counts.
 *
 * @param total  how many records match (within the reader's clearance)
 * @param hits   the page of results, best first (or latest first when sorted by date)
 * @param facets every facet with the values present in the matching records
 */
public record SearchResult(String q, long total, int page, int size, List<Hit> hits, List<Facet> facets) {

    /**
     * One result.
     *
     * @param type    {@code incident}, {@code person}, {@code organization}, {@code legal_case}, {@code source} or {@code event}
     * @param snippet the text around the matches, as plain-text parts, those that matched marked: never markup
     * @param matched why the record matched: {@code exact_name} (the query is a name or title of it),
     *                {@code name_variant} (a name spelled differently, see {@code variant}), {@code title}
     *                (names and titles), {@code alias} (aliases, charges, articles), {@code text} (narrative and
     *                descriptions), {@code other} (places, labels, keys)
     * @param variant the name variant that matched, when {@code name_variant}
     */
    public record Hit(String type, String key, String title, String date, List<Part> snippet, List<String> matched,
                      String variant) {
    }

    /** A piece of snippet text; {@code highlighted} when it matched the query. */
    public record Part(String text, boolean highlighted) {
    }

    /** A facet: its name (the filter parameter) and its values with counts under every other active filter. */
    public record Facet(String name, List<FacetValue> values) {
    }

    public record FacetValue(String value, String label, long count, boolean selected) {
    }
}
