package org.kuzet.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.RecordFilter;

/**
 * Filters of the organisation list: {@code q} matches the name, any other name or the key; {@code kind} is an
 * organization_kind code. Every value is bound as a parameter; only fixed SQL fragments are concatenated.
 */
public record OrganizationFilter(String q, String kind, String sort) implements RecordFilter {

    static final Map<String, String> SORTS = Map.of(
            "name", "o.name, o.key", "-name", "o.name desc, o.key",
            "updatedAt", "o.updated_at, o.key", "-updatedAt", "o.updated_at desc, o.key");

    public static OrganizationFilter none() {
        return new OrganizationFilter(null, null, null);
    }

    @Override
    public FilterQuery toQuery() {
        Checker check = Checker.rootAt("query");
        List<String> where = new ArrayList<>(List.of("o.deleted_at is null"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("(o.name ilike :q or o.key ilike :q or exists (select 1 from organization_name n "
                    + "where n.organization_id = o.id and n.name ilike :q))");
            params.put("q", FilterQuery.containing(q.strip()));
        }
        if (kind != null) {
            where.add("exists (select 1 from vocabulary_term t where t.id = o.kind_id and t.code = :kind)");
            params.put("kind", kind);
        }
        String order = SORTS.get(sort == null ? "name" : sort);
        if (order == null) {
            check.at("sort").problem("'" + sort + "' is not one of name, -name, updatedAt, -updatedAt");
        }
        check.throwIfProblems();
        return new FilterQuery(String.join(" and ", where), order, params);
    }
}
