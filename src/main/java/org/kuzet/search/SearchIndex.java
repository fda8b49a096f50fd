package org.kuzet.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kuzet.names.NameKeys;
import org.kuzet.shared.Actor;
import org.kuzet.shared.FullClearance;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code search_document} and {@code name_key} (migration V11) in step with the record.
 *
 * <p>A maintained table rather than generated columns or triggers: the vector holds the Latin transliteration
 * and spelling skeleton of every word ({@link NameKeys}, ICU4J), which PostgreSQL cannot compute. The rows of the
 * records in a {@link RecordsChanged} — and only of those: an import of ten records rewrites ten documents — are
 * rewritten in the writing transaction itself, so a search never sees a record in another state than the
 * record's own tables; a change that rolls back takes its index rows with it. At start, when the index was not yet checked at this
 * {@link #REVISION}, rows missing or written by an older one are rebuilt, which also fills the index of a database
 * that had records before V11.
 *
 * <p>A document holds only the record's own fields and parts, which are visible exactly when the record is, and
 * vocabulary labels. Nothing of another record goes in (not a victim's name, not a membership of a victim), since
 * a visible incident may name a person the reader may not see. The index is written with full clearance; reading
 * it, row-level security shows a row only when its record is visible. So an incident's organisations (as victim,
 * perpetrator or a victim's organisation) are not indexed: {@link Search} reads them from the view
 * {@code incident_organization} (V16) under the reader's clearance, as the incident list and statistics do.
 */
@Component
public class SearchIndex {

    /** Raise when what a document holds changes: rows of older revisions are rebuilt at start. */
    static final int REVISION = 6;
    static final List<String> TYPES = List.of("incident", "person", "organization", "legal_case", "source", "event");

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 500;
    // ts_headline marks matches with these two characters, which no indexed text keeps (see SearchQuery).
    private static final Pattern MARKERS = Pattern.compile("[\\u0002\\u0003]");

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SearchIndex(JdbcClient db, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.db = db;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Indexes again the records written (a deleted one loses its rows), a type at a time. */
    @EventListener
    void recordsChanged(RecordsChanged written) {
        for (String type : TYPES) {
            List<Long> ids = written.idsOf(type);
            if (!ids.isEmpty()) {
                refresh(type, ids);
            }
        }
    }

    /**
     * At start: the index checked in full ({@link #rebuildStale}) when something says it may be stale — it was never
     * checked at this {@link #REVISION} (V41: after an upgrade, or a migration that changed records), a document is of
     * another revision (an instance of another version wrote it), or a kind of record has not as many documents as
     * live records (a row lost or left over). These are counts, one read of each table; the full check compares
     * every record with its rows, which at the 100k scale took 23 s of every start. Answers how many were indexed.
     */
    @EventListener(ApplicationReadyEvent.class)
    int catchUp() {
        int rebuilt = Actor.callAs(Actor.COMMAND_LINE, () -> transactions.execute(status -> FullClearance.read(db, () -> {
            if (current()) {
                return 0;
            }
            int count = rebuildStale();
            db.sql("""
                    insert into search_index_state (revision) values (?)
                    on conflict (only_row) do update set revision = excluded.revision, checked_at = now()""")
                    .param(REVISION).update();
            return count;
        })));
        if (rebuilt > 0) {
            LOG.info("Search index: {} records indexed", rebuilt);
        }
        return rebuilt;
    }

    /** Whether the index was checked at this revision and its documents still add up (see {@link #catchUp}). */
    private boolean current() {
        if (!db.sql("select exists (select 1 from search_index_state where revision = ?)").param(REVISION)
                .query(Boolean.class).single()) {
            return false;
        }
        Map<String, Long> documents = new java.util.HashMap<>();
        boolean[] otherRevision = {false};
        db.sql("select subject_type::text, count(*), count(*) filter (where revision <> ?) from search_document group by 1")
                .param(REVISION).query((rs, n) -> {
                    documents.put(rs.getString(1), rs.getLong(2));
                    otherRevision[0] |= rs.getLong(3) > 0;
                    return null;
                }).list();
        if (otherRevision[0]) {
            return false;
        }
        for (String type : TYPES) {
            long live = db.sql("select count(*) from " + table(type) + " where deleted_at is null").query(Long.class).single();
            if (live != documents.getOrDefault(type, 0L)) {
                return false;
            }
        }
        return true;
    }

    /** Indexes again the records named (a deleted or absent one loses its rows). Needs the caller's transaction. */
    @Transactional
    public void refresh(String type, List<Long> ids) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(type);
        }
        FullClearance.read(db, () -> {
            write(type, ids);
            return null;
        });
    }

    /** Indexes the records with no row of the current revision, drops the rows of records gone; answers how many. */
    int rebuildStale() {
        return FullClearance.read(db, () -> {
            db.sql("delete from search_document d where not search_subject_visible(d.subject_type, d.subject_id)").update();
            db.sql("delete from name_key k where not search_subject_visible(k.subject_type, k.subject_id)").update();
            int count = 0;
            for (String type : TYPES) {
                List<Long> ids = db.sql("select r.id from " + table(type) + " r where r.deleted_at is null and not exists ("
                                + "select 1 from search_document d where d.subject_type = :type and d.subject_id = r.id "
                                + "and d.revision = :revision)")
                        .param("type", type).param("revision", REVISION).query(Long.class).list();
                write(type, ids);
                count += ids.size();
            }
            return count;
        });
    }

    private void write(String type, List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            db.sql("delete from search_document where subject_type = :type and subject_id in (:ids)")
                    .param("type", type).param("ids", batch).update();
            db.sql("delete from name_key where subject_type = :type and subject_id in (:ids)")
                    .param("type", type).param("ids", batch).update();
            Documents documents = new Documents();
            List<Object[]> nameKeys = new ArrayList<>();
            db.sql(VISIBILITY.formatted(SOURCES.get(type), table(type), PUBLIC_OK.getOrDefault(type, "true")))
                    .param("ids", batch).query((rs, n) -> new Source(rs.getLong("id"), rs.getString("key"),
                            rs.getString("title"), rs.getObject("date", java.time.LocalDate.class), rs.getString("a"),
                            rs.getString("b"), rs.getString("c"), rs.getString("d"), strings(rs.getArray("names")),
                            strings(rs.getArray("facets")), rs.getString("visibility_confidentiality"),
                            rs.getObject("visibility_created_by", Long.class), rs.getBoolean("visibility_public_ok")))
                    .list().forEach(source -> rows(type, source, documents, nameKeys));
            // every record of the batch in one round trip per table
            documents.insert(db, type);
            jdbc.batchUpdate(INSERT_NAME_KEY, nameKeys);
        }
    }

    // The record's own visibility fields, copied to its search rows (V15) as they are inserted: their policy reads them.
    private static final String VISIBILITY = """
            select x.*, r.confidentiality::text as visibility_confidentiality, r.created_by as visibility_created_by,
                %3$s as visibility_public_ok
            from (%1$s) x join %2$s r on r.id = x.id""";
    private static final Map<String, String> PUBLIC_OK = Map.of(
            "incident", "r.review_status = 'published'",
            "person", "r.consent_to_publish = 'yes'");

    /**
     * The documents of a batch in one statement, each column an array: parsed and planned once for hundreds of records,
     * not as the driver's rewritten batch (a few statements of 256 rows of values, each row with its sixteen text-search
     * parses spelt out). What remains is the parsing itself and the growth of the text index, about 0.3 ms a document.
     */
    private static final String INSERT_DOCUMENTS = """
            insert into search_document (subject_type, subject_id, key, title, date, body, exact, facets, document, revision,
                confidentiality, created_by, public_ok)
            select cast(? as search_subject), r.id, r.key, cast(r.title as jsonb), r.date, r.body,
                array(select e from jsonb_array_elements_text(cast(r.exact as jsonb)) with ordinality x(e, n) order by n),
                array(select e from jsonb_array_elements_text(cast(r.facets as jsonb)) with ordinality x(e, n) order by n),
                search_vector(r.a, r.folded_a, 'A') || search_vector(r.b, r.folded_b, 'B')
                    || search_vector(r.c, r.folded_c, 'C') || search_vector(r.d, r.folded_d, 'D'),
                ?, r.confidentiality, r.created_by, r.public_ok
            from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as date[]), cast(? as text[]),
                cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                cast(? as text[]), cast(? as bigint[]), cast(? as boolean[]))
                as r(id, key, title, date, body, exact, facets, a, folded_a, b, folded_b, c, folded_c, d, folded_d,
                    confidentiality, created_by, public_ok)""";
    private static final String INSERT_NAME_KEY = """
            insert into name_key (subject_type, subject_id, variant, latin, skeleton, slips, confidentiality, created_by,
                public_ok)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The rows of one record: its document, and for a person or organisation a name key per name. */
    private static void rows(String type, Source s, Documents documents, List<Object[]> nameKeys) {
        Set<String> exact = new LinkedHashSet<>();
        for (String name : s.names) {
            exact.addAll(NameKeys.exactForms(name));
        }
        exact.remove("");
        documents.add(s, exact, clean(s.c));
        if (type.equals("person") || type.equals("organization")) {
            for (String variant : new LinkedHashSet<>(s.names)) {
                String latin = NameKeys.latin(variant);
                if (!latin.isEmpty()) {
                    nameKeys.add(new Object[] {type, s.id, variant.strip(), latin, NameKeys.allReadings(variant),
                            NameKeys.slipKeys(variant).toArray(String[]::new), s.confidentiality, s.createdBy, s.publicOk});
                }
            }
        }
    }

    /** The Latin transliteration of a text followed by its skeleton: what Kazakh, Russian and Latin spellings share. */
    static String folded(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return NameKeys.latin(text) + " " + NameKeys.skeleton(text);
    }

    private static String clean(String text) {
        return text == null ? "" : MARKERS.matcher(text).replaceAll(" ");
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            if (o != null) {
                out.add(o.toString());
            }
        }
        return out;
    }

    static String table(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(type);
        }
        return type;
    }

    /** The columns of a batch's documents, one array each, for {@link #INSERT_DOCUMENTS}. */
    private static final class Documents {
        private final List<Object[]> rows = new ArrayList<>();

        void add(Source s, Set<String> exact, String body) {
            rows.add(new Object[] {s.id, s.key, s.title, s.date == null ? null : s.date.toString(), body,
                    Json.write(List.copyOf(exact)), Json.write(s.facets.stream().distinct().toList()), clean(s.a), folded(s.a),
                    clean(s.b), folded(s.b), clean(s.c), folded(s.c), clean(s.d), folded(s.d), s.confidentiality,
                    s.createdBy, s.publicOk});
        }

        void insert(JdbcClient db, String type) {
            if (rows.isEmpty()) {
                return;
            }
            int columns = rows.getFirst().length;
            List<Object> params = new ArrayList<>(columns + 2);
            params.add(type);
            params.add(REVISION);
            for (int column = 0; column < columns; column++) {
                String[] values = new String[rows.size()];
                for (int row = 0; row < rows.size(); row++) {
                    Object value = rows.get(row)[column];
                    values[row] = value == null ? null : value.toString();
                }
                params.add(values);
            }
            db.sql(INSERT_DOCUMENTS).params(params).update();
        }
    }

    /** What one record puts in the index: texts by weight (A names and titles, B aliases and charges, C narrative, D the rest). */
    private record Source(long id, String key, String title, java.time.LocalDate date, String a, String b, String c, String d,
                          List<String> names, List<String> facets, String confidentiality, Long createdBy, boolean publicOk) {
    }

    /** "year:" facets: every year the record's span touches, from its date to its span's last day (V16). */
    private static final String SPAN_YEARS = "array(select 'year:' || y from generate_series(extract(year from %1$s.date)::int, "
            + "extract(year from kuzet_span_last_day(%1$s.date, %1$s.date_precision, %1$s.end_date, %1$s.end_date_precision))::int) y)";
    private static final String TERM_LABELS = "concat_ws(' ', t.label_en, t.label_ru, t.label_kk)";
    private static final String ARTICLE_LABELS = "concat_ws(' ', a.code, a.article, a.label_en, a.label_ru, a.label_kk)";

    /** Per record type: one row per id in {@code :ids}, live records only, with the columns of {@link Source}. */
    private static final Map<String, String> SOURCES = Map.of(
            "incident", """
                    select i.id, i.key, i.title::text as title, i.date,
                        search_texts(i.title) as a,
                        (select string_agg(%2$s || coalesce(' ' || x.part, ''), ' ') from incident_article x
                            join legal_article a on a.id = x.article_id where x.incident_id = i.id) as b,
                        concat_ws(' ', search_texts(i.narrative), i.place_detail,
                            (select string_agg(p.description, ' ') from incident_perpetrator p where p.incident_id = i.id)) as c,
                        concat_ws(' ', i.key, search_place_names(i.place_id),
                            (select string_agg(%1$s, ' ') from (select term_id from incident_type where incident_id = i.id
                                union all select term_id from incident_right where incident_id = i.id
                                union all select kind_id from incident_perpetrator where incident_id = i.id) x
                                join vocabulary_term t on t.id = x.term_id)) as d,
                        array(select v from jsonb_each_text(i.title) e(k, v) where k <> 'original') as names,
                        array['type:incident', 'reviewStatus:' || i.review_status] || %3$s
                            || search_place_facets(i.place_id)
                            || array(select 'incidentType:' || t.code from incident_type x join vocabulary_term t on t.id = x.term_id
                                where x.incident_id = i.id)
                            || array(select 'right:' || t.code from incident_right x join vocabulary_term t on t.id = x.term_id
                                where x.incident_id = i.id)
                            || array(select 'perpetrator:' || t.code from incident_perpetrator x
                                join vocabulary_term t on t.id = x.kind_id where x.incident_id = i.id)
                            || array(select 'article:' || a.code || '-' || a.article from incident_article x
                                join legal_article a on a.id = x.article_id where x.incident_id = i.id) as facets
                    from incident i where i.deleted_at is null and i.id in (:ids)""".formatted(TERM_LABELS, ARTICLE_LABELS,
                    SPAN_YEARS.formatted("i")),
            "person", """
                    select p.id, p.key, jsonb_build_object('name', p.name)::text as title, null::date as date,
                        concat_ws(' ', p.name, (select string_agg(n.name, ' ') from person_name n where n.person_id = p.id)) as a,
                        (select string_agg(%1$s, ' ') from person_role r join vocabulary_term t on t.id = r.term_id
                            where r.person_id = p.id) as b,
                        concat_ws(' ', search_texts(p.description),
                            (select string_agg(concat_ws(' ', x.assessed_by_text, x.criteria, search_texts(x.note)), ' ')
                                from assessment x where x.person_id = p.id)) as c,
                        concat_ws(' ', p.key, search_place_names(p.place_id)) as d,
                        array[p.name] || array(select n.name from person_name n where n.person_id = p.id order by n.position) as names,
                        array['type:person'] || search_place_facets(p.place_id)
                            || array(select 'organization:' || o.key from membership m join organization o on o.id = m.organization_id
                                where m.person_id = p.id) as facets
                    from person p where p.deleted_at is null and p.id in (:ids)""".formatted(TERM_LABELS),
            "organization", """
                    select o.id, o.key, jsonb_build_object('name', o.name)::text as title, null::date as date,
                        concat_ws(' ', o.name, (select string_agg(n.name, ' ') from organization_name n
                            where n.organization_id = o.id and n.kind in ('name', 'translation'))) as a,
                        (select string_agg(n.name, ' ') from organization_name n
                            where n.organization_id = o.id and n.kind not in ('name', 'translation')) as b,
                        concat_ws(' ', search_texts(o.description), (select string_agg(concat_ws(' ', s.decided_by_text,
                            search_texts(s.note)), ' ') from organization_status s where s.organization_id = o.id)) as c,
                        concat_ws(' ', o.key, search_place_names(o.place_id),
                            (select %1$s from vocabulary_term t where t.id = o.kind_id)) as d,
                        array[o.name] || array(select n.name from organization_name n where n.organization_id = o.id
                            order by n.position) as names,
                        array['type:organization'] || search_place_facets(o.place_id) as facets
                    from organization o where o.deleted_at is null and o.id in (:ids)""".formatted(TERM_LABELS),
            "legal_case", """
                    select c.id, c.key, coalesce(c.title, jsonb_build_object('name', coalesce(c.number, c.key)))::text as title,
                        (select min(s.date) from case_stage s where s.case_id = c.id) as date,
                        concat_ws(' ', search_texts(c.title), c.number) as a,
                        (select string_agg(concat_ws(' ', search_texts(x.label), %2$s, x.part), ' ') from charge x
                            join legal_article a on a.id = x.article_id where x.case_id = c.id) as b,
                        (select string_agg(concat_ws(' ', search_texts(s.note), s.court_text,
                            (select string_agg(search_texts(sc.note), ' ') from sentence_component sc where sc.stage_id = s.id)), ' ')
                            from case_stage s where s.case_id = c.id) as c,
                        concat_ws(' ', c.key, c.kind, search_place_names(c.place_id),
                            (select string_agg(s.judge, ' ') from case_stage s where s.case_id = c.id)) as d,
                        array_remove(array(select v from jsonb_each_text(coalesce(c.title, '{}')) e(k, v) where k <> 'original')
                            || c.number, null) as names,
                        array['type:legal_case'] || search_place_facets(c.place_id)
                            || array(select 'year:' || extract(year from min(s.date))::int from case_stage s where s.case_id = c.id
                                having min(s.date) is not null)
                            || array(select 'article:' || a.code || '-' || a.article from charge x
                                join legal_article a on a.id = x.article_id where x.case_id = c.id)
                            || array(select 'organization:' || o.key from organization o where o.id in (
                                select p.organization_id from case_party p where p.case_id = c.id
                                union select s.court_id from case_stage s where s.case_id = c.id)) as facets
                    from legal_case c where c.deleted_at is null and c.id in (:ids)""".formatted(TERM_LABELS, ARTICLE_LABELS),
            "source", """
                    select s.id, s.key, coalesce(s.title, jsonb_build_object('name', coalesce(s.url, s.key)))::text as title,
                        s.published_on as date,
                        search_texts(s.title) as a, s.outlet as b, null::text as c,
                        concat_ws(' ', s.key, s.url, (select %1$s from vocabulary_term t where t.id = s.kind_id)) as d,
                        array(select v from jsonb_each_text(coalesce(s.title, '{}')) e(k, v) where k <> 'original') as names,
                        array['type:source'] || array(select 'year:' || extract(year from s.published_on)::int
                            where s.published_on is not null) as facets
                    from source s where s.deleted_at is null and s.id in (:ids)""".formatted(TERM_LABELS),
            "event", """
                    select e.id, e.key, e.title::text as title, e.date,
                        search_texts(e.title) as a, null::text as b, search_texts(e.description) as c,
                        concat_ws(' ', e.key, search_place_names(e.place_id)) as d,
                        array(select v from jsonb_each_text(e.title) x(k, v) where k <> 'original') as names,
                        array['type:event'] || %s || search_place_facets(e.place_id) as facets
                    from event e where e.deleted_at is null and e.id in (:ids)""".formatted(SPAN_YEARS.formatted("e")));
}
