package org.kuzet.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.RecordFilter;

/**
 * Filters of the contact list: {@code q} matches the name, position or key; {@code organization} is the key of
 * the organisation the contact belongs to.
 */
public record ContactFilter(String q, String organization, String sort) implements RecordFilter {

    private static final Map<String, String> SORTS = Map.of(
            "name", "c.name, c.key", "-name", "c.name desc, c.key",
            "updatedAt", "c.updated_at, c.key", "-updatedAt", "c.updated_at desc, c.key");

    public static ContactFilter none() {
        return new ContactFilter(null, null, null);
    }

    @Override
    public FilterQuery toQuery() {
        Checker check = Checker.rootAt("query");
        List<String> where = new ArrayList<>(List.of("c.deleted_at is null"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("(c.name ilike :q or c.position ilike :q or c.key ilike :q)");
            params.put("q", FilterQuery.containing(q.strip()));
        }
        if (organization != null) {
            where.add("exists (select 1 from organization o where o.id = c.organization_id and o.key = :organization)");
            params.put("organization", organization);
        }
        String order = SORTS.get(sort == null ? "name" : sort);
        if (order == null) {
            check.at("sort").problem("'" + sort + "' is not one of name, -name, updatedAt, -updatedAt");
        }
        check.throwIfProblems();
        return new FilterQuery(String.join(" and ", where), order, params);
    }
}
