package org.kuzet.person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.RecordFilter;

/**
 * Filters of the person list: {@code q} matches the name, any name variant or the key; {@code role} is a role
 * code; {@code organization} the key of an organisation the person is (or is alleged to be) a member of;
 * {@code place} a place code, matching the places within it too. Every value is bound as a parameter; only fixed
 * SQL fragments are concatenated.
 */
public record PersonFilter(String q, String role, String organization, String place, String sort)
        implements RecordFilter {

    private static final Map<String, String> SORTS = Map.of(
            "name", "p.name, p.key", "-name", "p.name desc, p.key",
            "updatedAt", "p.updated_at, p.key", "-updatedAt", "p.updated_at desc, p.key");

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null);
    }

    @Override
    public FilterQuery toQuery() {
        Checker check = Checker.rootAt("query");
        List<String> where = new ArrayList<>(List.of("p.deleted_at is null"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            // one set of ids from the trigram indexes of the name, the key and the variants (V32), rather than an
            // "or" with a subquery, which reads every person
            where.add("p.id in (select x.id from person x where x.name ilike :q or x.key ilike :q "
                    + "union select n.person_id from person_name n where n.name ilike :q)");
            params.put("q", FilterQuery.containing(q.strip()));
        }
        if (role != null) {
            where.add("exists (select 1 from person_role r join vocabulary_term t on t.id = r.term_id "
                    + "where r.person_id = p.id and t.code = :role)");
            params.put("role", role);
        }
        if (organization != null) {
            where.add("exists (select 1 from membership m join organization o on o.id = m.organization_id "
                    + "where m.person_id = p.id and o.key = :organization)");
            params.put("organization", organization);
        }
        if (place != null) {
            where.add("p.place_id in (with recursive sub as (select id from place where code = :place "
                    + "union all select c.id from place c join sub on c.parent_id = sub.id) select id from sub)");
            params.put("place", place);
        }
        String order = SORTS.get(sort == null ? "name" : sort);
        if (order == null) {
            check.at("sort").problem("'" + sort + "' is not one of name, -name, updatedAt, -updatedAt");
        }
        check.throwIfProblems();
        return new FilterQuery(String.join(" and ", where), order, params);
    }
}
