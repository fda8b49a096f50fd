package org.kuzet.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One facet of an incident list: each value (a code, a key, a year) with how many incidents it would leave, counted
 * under every other active filter and within the reader's clearance. The chosen value is always there, with 0 when
 * nothing matches it. Pages label the values.
 *
 * @param parameter the filter the facet sets, as the address and the API name it ({@code type}, {@code region}, …)
 */
public record FacetCounts(String parameter, List<Count> counts) {

    /** @param name the value's name where the record holds it (an organisation's), else null */
    public record Count(String value, String name, long count, boolean selected) {
    }

    static FacetCounts of(String parameter, Map<String, Long> counts, String selected) {
        List<Count> values = new ArrayList<>();
        counts.forEach((value, n) -> values.add(new Count(value, null, n, value.equals(selected))));
        if (selected != null && !counts.containsKey(selected)) {
            values.add(new Count(selected, null, 0, true));
        }
        return new FacetCounts(parameter, List.copyOf(values));
    }
}
