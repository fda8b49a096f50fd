package org.kuzet.source;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.RecordFilter;

/** Filters of the source list: {@code q} matches the url, the outlet or the title. Sources come by key. */
public record SourceFilter(String q) implements RecordFilter {

    @Override
    public FilterQuery toQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = "s.deleted_at is null";
        if (q != null) {
            where += " and (s.url ilike :q or s.outlet ilike :q or s.title::text ilike :q)";
            params.put("q", FilterQuery.containing(q));
        }
        return new FilterQuery(where, "s.key", params);
    }
}
