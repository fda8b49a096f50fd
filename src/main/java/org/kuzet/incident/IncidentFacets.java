package org.kuzet.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.FullClearance;
import org.kuzet.shared.RecordsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The incident list's facets with nothing chosen, kept as records are written (V42) so that the page every monitor
 * opens first does not read the whole record: {@code incident_facet_entry} holds each live incident's facet values
 * with the lowest clearance that sees each ({@code incident_facet_value}, the one definition), and a trigger adds
 * every change of it to {@code incident_facet_tally}, which a reader reads only up to their clearance.
 *
 * <p>What a reader sees is decided by their clearance, except the confidential records an internal reader created
 * (V37 {@code kuzet_own_records_user}). The incidents that involve such a record — the incident itself, a victim, an
 * organisation — are counted apart: what the tally holds of them is taken out, and what the reader sees of them is
 * counted live under the reader's row-level security. So every count is the one a live count would give.
 */
@Component
class IncidentFacets {

    /** How often (at most) a writer folds the tally's rows of changes into one row per value. */
    private static final long FOLD_EVERY_MILLIS = 30_000;
    /** The key of the advisory lock a fold takes: "kzfacets" in ASCII. */
    private static final long FOLD_LOCK = 0x6b7a666163657473L;
    private static final int BATCH = 1000;
    /** The facets incident_facet_value (V42) gives. */
    static final List<String> FACETS = List.of("region", "type", "right", "article", "perpetrator", "reviewStatus", "year",
            "undated", "organization");

    private final JdbcClient db;
    private final AtomicLong lastFold = new AtomicLong();

    IncidentFacets(JdbcClient db) {
        this.db = db;
    }

    /** The counts of every facet value, by facet, as the reader may see them; organisations with their names. */
    record Counted(Map<String, Map<String, Long>> byFacet, Map<String, String> organizationNames) {

        Map<String, Long> of(String facet) {
            return byFacet.getOrDefault(facet, Map.of());
        }
    }

    // The incidents that involve the reader's own confidential records (internal clearance only).
    private static final String OWN = "with " + IncidentOrganizationsSeen.OWN + ",\n";

    /**
     * Every facet value's count for the reader: the tally up to their clearance, with the incidents that involve
     * their own confidential records counted live instead. Needs the caller's (read) transaction.
     */
    Counted counted() {
        return counted(FACETS);
    }

    /** The same for these facets only ({@link #FACETS}). */
    Counted counted(List<String> facets) {
        return read(db.sql(OWN + """
                counted as (
                    select facet, value, n from incident_facet_tally where facet in (:facets)
                    union all
                    select e.facet, e.value, -1 from incident_facet_entry e
                    where e.incident_id = any (array(select id from own)) and e.level <= (select kuzet_clearance_level())
                      and e.facet in (:facets)
                    union all
                    select f.facet, f.value, 1 from incident_facet_value f
                    where f.incident_id = any (array(select id from own)) and f.facet in (:facets)),
                """ + NAMED).param("facets", facets));
    }

    /**
     * Every facet value's count among the incidents that match {@code where} (on {@code incident i}), as the reader
     * sees them: from the entries kept per incident up to their clearance, the incidents that involve their own
     * confidential records counted live. Needs the caller's (read) transaction.
     */
    Counted counted(FilterQuery where) {
        return read(where.bind(db.sql(OWN + "matching as materialized (select i.id from incident i where " + where.where() + "),"
                + """
                counted as (
                    select e.facet, e.value, count(*) as n from matching m join incident_facet_entry e on e.incident_id = m.id
                    where e.level <= (select kuzet_clearance_level()) and m.id <> all (array(select id from own))
                    group by e.facet, e.value
                    union all
                    select f.facet, f.value, count(*) from incident_facet_value f
                    where f.incident_id = any (array(select id from own)) and f.incident_id in (select id from matching)
                    group by f.facet, f.value),
                """ + NAMED)));
    }

    // The counts summed by value, and the values named as the facets name them: a term by its code, an article as
    // CC-405, a place by the region it rolls up to (kuzet_region_of), an organisation by its key (a live one the
    // reader may see).
    private static final String NAMED = """
            summed as (select facet, value, sum(n) as n from counted group by facet, value having sum(n) <> 0)
            select s.facet, coalesce(t.code, a.code || '-' || a.article, r.code, o.key, s.value), o.name, sum(s.n)::bigint
            from summed s
            left join vocabulary_term t on t.id = case when s.facet in ('type', 'right', 'perpetrator') then s.value::bigint end
            left join legal_article a on a.id = case when s.facet = 'article' then s.value::bigint end
            left join place r on r.id = case when s.facet = 'region' then kuzet_region_of(s.value::bigint) end
            left join organization o on o.id = case when s.facet = 'organization' then s.value::bigint end
            where s.facet <> 'organization' or (o.id is not null and o.deleted_at is null)
            group by 1, 2, 3""";

    private static Counted read(JdbcClient.StatementSpec statement) {
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        statement.query((rs, n) -> {
            byFacet.computeIfAbsent(rs.getString(1), f -> new LinkedHashMap<>()).merge(rs.getString(2), rs.getLong(4), Long::sum);
            if (rs.getString(3) != null) {
                names.put(rs.getString(2), rs.getString(3));
            }
            return null;
        }).list();
        return new Counted(byFacet, names);
    }

    /**
     * Keeps the entries of the incidents whose facet values a write may have changed: the incidents written, those
     * of the persons written (a victim's confidentiality, consent and memberships) and of the organisations written
     * (their confidentiality). In the writing transaction, with full clearance: the tally counts for every reader.
     */
    @EventListener
    void recordsChanged(RecordsChanged written) {
        List<Long> incidents = written.idsOf("incident");
        List<Long> persons = written.idsOf("person");
        List<Long> organizations = written.idsOf("organization");
        if (incidents.isEmpty() && persons.isEmpty() && organizations.isEmpty()) {
            return;
        }
        FullClearance.read(db, () -> {
            Set<Long> affected = new LinkedHashSet<>(incidents);
            if (!persons.isEmpty()) {
                affected.addAll(db.sql("select distinct incident_id from incident_victim where person_id = any (?)")
                        .param(persons.toArray(Long[]::new)).query(Long.class).list());
            }
            if (!organizations.isEmpty()) {
                affected.addAll(db.sql("select distinct incident_id from incident_organization where organization_id = any (?)")
                        .param(organizations.toArray(Long[]::new)).query(Long.class).list());
            }
            refresh(new ArrayList<>(affected));
            foldNowAndThen();
            return null;
        });
    }

    /**
     * Writes again the entries of these incidents (with full clearance, in the caller's transaction). The incidents
     * are locked first, in the order of their ids: two transactions refreshing one incident take turns, and the
     * second, reading after the first committed, takes out what the first put in (without the lock it would miss
     * those rows, and a deleted incident could stay counted).
     */
    void refresh(List<Long> incidents) {
        List<Long> ids = incidents.stream().sorted().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            Long[] batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).toArray(Long[]::new);
            db.sql("select id from incident where id = any (?) order by id for no key update").param(batch)
                    .query(Long.class).list();
            db.sql("delete from incident_facet_entry where incident_id = any (?)").param(batch).update();
            db.sql("""
                    insert into incident_facet_entry (incident_id, facet, value, level)
                    select incident_id, facet, value, level from incident_facet_value where incident_id = any (?)""")
                    .param(batch).update();
        }
    }

    /**
     * Folds the tally's rows of changes into one row per value, at most every {@link #FOLD_EVERY_MILLIS} per
     * instance and by one transaction at a time (the others go on without waiting), so that reading it stays a read
     * of a few thousand rows. Rows added by transactions not yet committed are left for the next fold.
     */
    private void foldNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastFold.get();
        if (now - last < FOLD_EVERY_MILLIS || !lastFold.compareAndSet(last, now)) {
            return;
        }
        if (db.sql("select pg_try_advisory_xact_lock(?)").param(FOLD_LOCK).query(Boolean.class).single()) {
            fold();
        }
    }

    /** One fold (with full clearance, in the caller's transaction). */
    void fold() {
        db.sql("""
                with gone as (delete from incident_facet_tally returning facet, value, level, n)
                insert into incident_facet_tally (facet, value, level, n)
                select facet, value, level, sum(n) from gone group by facet, value, level having sum(n) <> 0""")
                .update();
    }
}
