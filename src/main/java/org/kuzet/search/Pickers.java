package org.kuzet.search;

import java.util.List;
import java.util.Map;
import org.kuzet.names.NameKeys;
import org.kuzet.shared.ConfidentialReads;
import org.kuzet.shared.FilterQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The type-ahead pickers of the forms: persons, organisations and sources whose names (or any recorded variant)
 * contain what was typed, or for persons and organisations are spelled like it in another script, with what tells
 * namesakes apart: other names, roles, place, last incident; incidents and events by their title or key, with their
 * date and place; the addressees of interventions (contacts) by name, position or organisation.
 * Row-level security offers only records the reader may see. A choice that names a confidential record (the record
 * offered, a case's defendant, a contact's organisation) is a read of it, audited like a list of records.
 */
@Service
public class Pickers {

    public static final int LIMIT = 10;
    public static final List<String> KINDS = List.of("persons", "organizations", "sources", "cases", "incidents",
            "events", "contacts");

    /**
     * The persons or organisations one of whose names is close to what was typed in any script or spelling
     * ("Mamaj" offers Zhanbolat Mamay, "ДВК" the movement spelled DVK): trigram word similarity against the name
     * keys of the search index, or a slip key in common (Nrulan offers Nurlan), which row-level security limits to
     * what the reader may see.
     */
    private static final String NAME_MATCHES = """
            select k.subject_id, max(greatest(word_similarity(:skeleton, k.skeleton), word_similarity(:latin, k.latin),
                    case when k.slips && cast(:slips as text[]) then 0.8 else 0 end)) as similarity
            from name_key k where k.subject_type = '%s' and :skeleton <> ''
                and (:skeleton <%% k.skeleton or :latin <%% k.latin or k.slips && cast(:slips as text[]))
            group by k.subject_id""";

    /**
     * The records offered, each once with its best similarity: those whose name keys are close to what was typed
     * ({@link #NAME_MATCHES}, %1$s), and those whose name or another name contains it (0) — each set from its own
     * index (trigrams of the name keys, of the names), not by testing every record. %2$s is the record's table, %3$s
     * its names' table and %4$s their column naming the record.
     */
    private static final String OFFERED = """
            select id, max(similarity) as similarity from (
                select subject_id as id, similarity from (%1$s) m
                union all select r.id, 0 from %2$s r where r.name ilike :q
                union all select n.%4$s, 0 from %3$s n where n.name ilike :q) offered
            group by id""";

    /** The table of each kind of record offered. */
    private static final Map<String, String> TABLES = Map.of("persons", "person", "organizations", "organization",
            "sources", "source", "cases", "legal_case", "incidents", "incident", "events", "event", "contacts", "contact");

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    Pickers(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Choice> find(String kind, String typed, String lang) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        List<Choice> choices = choices(kind, typed, lang);
        audit(kind, choices.stream().map(Choice::key).toList());
        return choices;
    }

    /**
     * Audits the choices shown of {@code kind}: the confidential ones among them and among the records they name
     * besides (the defendants a case offered lists, the organisation of a contact).
     */
    private void audit(String kind, List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        ConfidentialReads shown = new ConfidentialReads().shown(TABLES.get(kind), keys);
        if (kind.equals("cases")) {
            shown.shown("person", db.sql("""
                    select p.key from legal_case c join case_party cp on cp.case_id = c.id
                    join person p on p.id = cp.person_id and p.deleted_at is null where c.key in (:keys)""")
                    .param("keys", keys).query(String.class).list());
        } else if (kind.equals("contacts")) {
            shown.shown("organization", db.sql("""
                    select o.key from contact c join organization o on o.id = c.organization_id and o.deleted_at is null
                    where c.key in (:keys)""").param("keys", keys).query(String.class).list());
        }
        shown.audit(db, events);
    }

    private List<Choice> choices(String kind, String typed, String lang) {
        String like = FilterQuery.containing(typed.strip());
        String label = "kuzet_label(:lang, %1$s_en, %1$s_ru, %1$s_kk)";
        return switch (kind) {
            case "persons" -> db.sql("""
                    with offered as (%s)
                    select p.key, p.name,
                        (select string_agg(n.name, ', ' order by n.position) from person_name n where n.person_id = p.id),
                        (select string_agg(%s, ', ' order by t.sort_order) from person_role r
                            join vocabulary_term t on t.id = r.term_id where r.person_id = p.id),
                        %s,
                        (select max(i.date)::text from incident i join incident_victim v on v.incident_id = i.id
                            where v.person_id = p.id and i.deleted_at is null)
                    from offered o join person p on p.id = o.id and p.deleted_at is null
                    left join place pl on pl.id = p.place_id
                    order by o.similarity desc, p.name, p.key limit :limit""".formatted(OFFERED.formatted(
                            NAME_MATCHES.formatted("person"), "person", "person_name", "person_id"),
                    label.formatted("t.label"), label.formatted("pl.name")))
                    .param("q", like).param("lang", lang).param("limit", LIMIT)
                    .param("latin", NameKeys.latin(typed)).param("skeleton", NameKeys.skeleton(typed))
                    .param("slips", NameKeys.slipKeys(typed).toArray(String[]::new))
                    .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            case "organizations" -> db.sql("""
                    with offered as (%s)
                    select o.key, o.name,
                        (select string_agg(n.name, ', ' order by n.position) from organization_name n where n.organization_id = o.id),
                        %s, %s, null
                    from offered f join organization o on o.id = f.id and o.deleted_at is null
                    join vocabulary_term t on t.id = o.kind_id left join place pl on pl.id = o.place_id
                    order by f.similarity desc, o.name, o.key limit :limit""".formatted(OFFERED.formatted(
                            NAME_MATCHES.formatted("organization"), "organization", "organization_name", "organization_id"),
                    label.formatted("t.label"), label.formatted("pl.name")))
                    .param("q", like).param("lang", lang).param("limit", LIMIT)
                    .param("latin", NameKeys.latin(typed)).param("skeleton", NameKeys.skeleton(typed))
                    .param("slips", NameKeys.slipKeys(typed).toArray(String[]::new))
                    .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            case "sources" -> db.sql("""
                    select s.key, coalesce(kuzet_text(s.title, :lang), s.url), s.url, s.outlet, null,
                        s.published_on::text
                    from source s
                    where s.deleted_at is null and (s.title::text ilike :q or s.url ilike :q or s.outlet ilike :q or s.key ilike :q)
                    order by s.published_on desc nulls last, s.key limit :limit""")
                    .param("q", like).param("lang", lang).param("limit", LIMIT)
                    .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            // a case by its number, title or key, or by a defendant's name: "Tulesova" finds the cases against her
            case "cases" -> db.sql("""
                    select c.key, coalesce(kuzet_text(c.title, :lang), '№ ' || c.number, c.key),
                        (select string_agg(p.name, ', ' order by cp.position) from case_party cp
                         join person p on p.id = cp.person_id and p.deleted_at is null where cp.case_id = c.id),
                        case when c.number is not null and c.title is not null then '№ ' || c.number end, null,
                        (select max(s.date)::text from case_stage s where s.case_id = c.id)
                    from legal_case c
                    where c.deleted_at is null and (c.number ilike :q or c.title::text ilike :q or c.key ilike :q
                        or exists (select 1 from case_party cp join person p on p.id = cp.person_id
                                   where cp.case_id = c.id and p.name ilike :q))
                    order by (select max(s.date) from case_stage s where s.case_id = c.id) desc nulls last, c.key
                    limit :limit""")
                    .param("q", like).param("lang", lang).param("limit", LIMIT)
                    .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            case "incidents", "events" -> db.sql("""
                    select r.key, coalesce(kuzet_text(r.title, :lang), r.key), null, null, %s, r.date::text
                    from %s r left join place pl on pl.id = r.place_id
                    where r.deleted_at is null and (r.title::text ilike :q or r.key ilike :q)
                    order by r.date desc nulls last, r.key limit :limit""".formatted(label.formatted("pl.name"),
                    "incidents".equals(kind) ? "incident" : "event"))
                    .param("q", like).param("lang", lang).param("limit", LIMIT)
                    .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            case "contacts" -> db.sql("""
                    select c.key, c.name, o.name, c.position, null, null
                    from contact c left join organization o on o.id = c.organization_id and o.deleted_at is null
                    where c.deleted_at is null and (c.name ilike :q or c.position ilike :q or o.name ilike :q
                        or c.key ilike :q)
                    order by c.name, c.key limit :limit""")
                    .param("q", like).param("limit", LIMIT)
                    .query((rs, n) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The name of each picked key, to show the picks again when the form comes back with errors. */
    @Transactional(readOnly = true)
    public List<Choice> named(String kind, List<String> keys, String lang) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String sql = switch (kind) {
            case "persons" -> "select key, name from person where deleted_at is null and key in (:keys)";
            case "organizations" -> "select key, name from organization where deleted_at is null and key in (:keys)";
            case "sources" -> "select key, coalesce(kuzet_text(title, :lang), url) from source "
                    + "where deleted_at is null and key in (:keys)";
            case "cases" -> "select key, coalesce(kuzet_text(title, :lang), '№ ' || number, key) from legal_case "
                    + "where deleted_at is null and key in (:keys)";
            case "incidents" -> "select key, coalesce(kuzet_text(title, :lang), key) from incident "
                    + "where deleted_at is null and key in (:keys)";
            case "events" -> "select key, coalesce(kuzet_text(title, :lang), key) from event "
                    + "where deleted_at is null and key in (:keys)";
            case "contacts" -> "select key, name || coalesce(', ' || position, '') from contact "
                    + "where deleted_at is null and key in (:keys)";
            default -> throw new IllegalArgumentException(kind);
        };
        var statement = db.sql(sql).param("keys", keys);
        if (List.of("sources", "cases", "incidents", "events").contains(kind)) {
            statement = statement.param("lang", lang);
        }
        var names = new java.util.HashMap<String, String>();
        statement.query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        new ConfidentialReads().shown(TABLES.get(kind), names.keySet()).audit(db, events);
        // a key that is gone (or hidden) stays in the form, so that the service names the problem
        return keys.stream().map(k -> new Choice(k, names.getOrDefault(k, k), null, null, null, null)).toList();
    }
}
