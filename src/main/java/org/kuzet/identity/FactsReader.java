package org.kuzet.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link Facts} of live (not deleted) persons or organisations, a few queries per thousand records, under
 * the reader's clearance: row-level security drops records, names and links the reader may not see, so a score never
 * rests on something hidden from its reader.
 */
@Component
class FactsReader {

    private static final int BATCH = 1000;

    private final JdbcClient db;

    FactsReader(JdbcClient db) {
        this.db = db;
    }

    Map<Long, Facts> read(Subject subject, Collection<Long> ids) {
        return read(subject, ids, true);
    }

    /**
     * The records' names and own columns, without their links (roles, incidents, organisations, cases, statuses):
     * enough to compare names and to show who a record is.
     */
    Map<Long, Facts> readNamed(Subject subject, Collection<Long> ids) {
        return read(subject, ids, false);
    }

    private Map<Long, Facts> read(Subject subject, Collection<Long> ids, boolean links) {
        Map<Long, Facts> facts = new HashMap<>();
        List<Long> all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            if (subject == Subject.PERSON) {
                persons(batch, links).forEach(f -> facts.put(f.id(), f));
            } else {
                organizations(batch, links).forEach(f -> facts.put(f.id(), f));
            }
        }
        return facts;
    }

    private List<Facts> persons(List<Long> ids, boolean links) {
        Map<Long, List<String>> names = byId("select person_id, name from person_name where person_id in (:ids) order by position", ids);
        if (!links) {
            return persons(ids, names, Map.of(), Map.of(), Map.of(), Map.of());
        }
        Map<Long, List<String>> roles = byId("""
                select x.person_id, t.code from person_role x join vocabulary_term t on t.id = x.term_id
                where x.person_id in (:ids)""", ids);
        // driven by the persons' victim rows, each incident found by its id: an import reads this from tables grown
        // since they were analysed, and a join was planned as a walk through every incident (0.2 to 0.4 s at 10k)
        Map<Long, List<String>> incidents = byId("""
                select person_id, key from (
                    select v.person_id, (select i.key from incident i where i.id = v.incident_id and i.deleted_at is null) as key
                    from incident_victim v where v.person_id in (:ids)) x
                where key is not null""", ids);
        Map<Long, List<String>> organizations = byId("""
                select m.person_id, o.key from membership m join organization o on o.id = m.organization_id and o.deleted_at is null
                where m.person_id in (:ids)""", ids);
        Map<Long, List<String>> cases = byId("""
                select x.person_id, c.key from (select case_id, person_id from case_party
                                                union select case_id, defendant_id from charge
                                                union select case_id, person_id from case_stage) x
                join legal_case c on c.id = x.case_id and c.deleted_at is null
                where x.person_id in (:ids)""", ids);
        return persons(ids, names, roles, incidents, organizations, cases);
    }

    private List<Facts> persons(List<Long> ids, Map<Long, List<String>> names, Map<Long, List<String>> roles,
                                Map<Long, List<String>> incidents, Map<Long, List<String>> organizations,
                                Map<Long, List<String>> cases) {
        return db.sql("""
                        select p.id, p.key, p.name, p.gender, p.birth_year, pl.code as place
                        from person p left join place pl on pl.id = p.place_id where p.id in (:ids) and p.deleted_at is null""")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Facts(id, rs.getString("key"), rs.getString("name"), names.getOrDefault(id, List.of()),
                            rs.getString("gender"), rs.getObject("birth_year", Integer.class), rs.getString("place"), null,
                            set(roles, id), set(incidents, id), set(organizations, id), set(cases, id), Set.of());
                })
                .list();
    }

    private List<Facts> organizations(List<Long> ids, boolean links) {
        Map<Long, List<String>> names = byId("""
                select organization_id, name from organization_name where organization_id in (:ids) order by position""", ids);
        Map<Long, List<String>> statuses = !links ? Map.of() : byId("""
                select organization_id, status || ' ' || date from organization_status where organization_id in (:ids)""", ids);
        return db.sql("""
                        select o.id, o.key, o.name, t.code as kind, pl.code as place
                        from organization o join vocabulary_term t on t.id = o.kind_id left join place pl on pl.id = o.place_id
                        where o.id in (:ids) and o.deleted_at is null""")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Facts(id, rs.getString("key"), rs.getString("name"), names.getOrDefault(id, List.of()), null,
                            null, rs.getString("place"), rs.getString("kind"), Set.of(), Set.of(), Set.of(), Set.of(),
                            set(statuses, id));
                })
                .list();
    }

    private Map<Long, List<String>> byId(String sql, List<Long> ids) {
        Map<Long, List<String>> by = new HashMap<>();
        db.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list().forEach(e -> by.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return by;
    }

    private static Set<String> set(Map<Long, List<String>> by, long id) {
        return Set.copyOf(by.getOrDefault(id, List.of()));
    }
}
