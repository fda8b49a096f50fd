package org.kuzet.bench;

import static org.kuzet.bench.Bench.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.bench.Bench.Kind;
import org.kuzet.bench.Bench.Workload;
import org.kuzet.incident.ReviewStatus;
import org.kuzet.names.NameKeys;
import org.kuzet.shared.FilterQuery;

/**
 * What a monitor's day asks of the record, each as the API call a client makes and as the SQL that answers the
 * same question directly: the same rows, the same parts of each record, the same order, the same total. The SQL is
 * not a copy of the application's queries but the fastest correct plain SQL we know for the answer (a LIMIT page by
 * its index, the page's parts in batched queries, a separate count), so that the raw side is the limit to aim at.
 */
final class Workloads {

    /*
     * An incident page as a PostgreSQL expert would write it: the 50 rows first, by the newest-first index
     * (incident_newest: date desc nulls last, id desc) and a LIMIT, materialized; then each part of those 50 rows
     * fetched in one batched, grouped query per part (incident_id = any of an array of the page's ids: an index
     * scan per part, where a semi-join with the page is estimated badly and scans the whole part table), not per row
     * and not for every row matched; the total as a separate count over the same filter, which reads only what it
     * must (no parts, no sort) and stops at the lists' bound (PageOf.EXACT_UP_TO: up to 10,000 a total is exact, beyond
     * "more than 10,000"). Same rows, same parts, same order, same total as the application's page. %1$s is the filter.
     */
    private static final String INCIDENT_PAGE = """
            with page as materialized (
                select i.id, i.key, i.title, i.narrative, i.date, i.date_precision, i.review_status, i.place_id
                from incident i
                where i.deleted_at is null and i.confidentiality <> 'confidential' %1$s
                order by i.date desc nulls last, i.id desc limit 50),
            types as (select x.incident_id, array_agg(t.code) as codes from incident_type x
                join vocabulary_term t on t.id = x.term_id where x.incident_id = any (array(select id from page)) group by 1),
            rights as (select x.incident_id, array_agg(t.code) as codes from incident_right x
                join vocabulary_term t on t.id = x.term_id where x.incident_id = any (array(select id from page)) group by 1),
            victims as (select v.incident_id, array_agg(p.key order by v.position) as keys from incident_victim v
                join person p on p.id = v.person_id where v.incident_id = any (array(select id from page)) group by 1),
            perpetrators as (select x.incident_id, array_agg(t.code order by x.position) as codes from incident_perpetrator x
                join vocabulary_term t on t.id = x.kind_id where x.incident_id = any (array(select id from page)) group by 1),
            articles as (select x.incident_id, array_agg(a.code || '-' || a.article) as codes from incident_article x
                join legal_article a on a.id = x.article_id where x.incident_id = any (array(select id from page)) group by 1),
            sources as (select c.subject_id as incident_id, array_agg(s.key order by c.position) as keys from citation c
                join source s on s.id = c.source_id
                where c.subject_type = 'incident' and c.subject_id = any (array(select id from page)) group by 1)
            select p.key, p.title, p.narrative, p.date, p.date_precision, p.review_status, pl.code,
                types.codes, rights.codes, victims.keys, perpetrators.codes, articles.codes, sources.keys,
                (select count(*) from (select 1 from incident i where i.deleted_at is null and i.confidentiality <> 'confidential' %1$s
                                       limit 10001) c) as total
            from page p left join place pl on pl.id = p.place_id
            left join types on types.incident_id = p.id left join rights on rights.incident_id = p.id
            left join victims on victims.incident_id = p.id left join perpetrators on perpetrators.incident_id = p.id
            left join articles on articles.incident_id = p.id left join sources on sources.incident_id = p.id
            order by p.date desc nulls last, p.id desc""";

    /*
     * The records a picker offers: the name keys close to what was typed (its skeleton and Latin reading by trigrams,
     * or a slip key in common), and the records whose name or other names contain it, each once with its best
     * similarity; the ten best of those the reader sees (hits). %1$s is the record's table, %2$s its names' table and
     * %3$s their column naming the record. Parameters: see {@link #typed}.
     */
    private static final String PICKED = """
            with m as (select k.subject_id, max(greatest(word_similarity(?::text, k.skeleton), word_similarity(?::text, k.latin),
                                case when k.slips && ?::text[] then 0.8 else 0 end)) as similarity
                  from name_key k where k.subject_type = '%1$s'
                    and (?::text <%% k.skeleton or ?::text <%% k.latin or k.slips && ?::text[])
                  group by 1),
            offered as (select id, max(similarity) as similarity from (
                            select subject_id as id, similarity from m
                            union all select r.id, 0 from %1$s r where r.name ilike ?::text
                            union all select n.%3$s, 0 from %2$s n where n.name ilike ?::text) o
                        group by id),
            hits as (select r.*, o.similarity from offered o join %1$s r on r.id = o.id
                     where r.deleted_at is null and r.confidentiality <> 'confidential'
                     order by o.similarity desc, r.name, r.key limit 10)
            """;

    /** The persons' picker: the ten offered with their other names, roles, place and last incident. */
    private static final String PERSON_PICKER = PICKED.formatted("person", "person_name", "person_id") + """
            select h.key, h.name, (select string_agg(n.name, ', ' order by n.position) from person_name n where n.person_id = h.id),
                (select string_agg(t.label_en, ', ' order by t.sort_order) from person_role r join vocabulary_term t on t.id = r.term_id
                 where r.person_id = h.id), pl.name_en,
                (select max(i.date) from incident_victim v join incident i on i.id = v.incident_id and i.deleted_at is null
                 where v.person_id = h.id)
            from hits h left join place pl on pl.id = h.place_id
            order by h.similarity desc, h.name, h.key""";

    /** The organisations' picker: the ten offered with their other names, kind and place. */
    private static final String ORGANIZATION_PICKER = PICKED.formatted("organization", "organization_name", "organization_id") + """
            select h.key, h.name, (select string_agg(n.name, ', ' order by n.position) from organization_name n where n.organization_id = h.id),
                t.label_en, pl.name_en
            from hits h join vocabulary_term t on t.id = h.kind_id left join place pl on pl.id = h.place_id
            order by h.similarity desc, h.name, h.key""";

    /**
     * What was typed, as the pickers' SQL takes it: skeleton, Latin reading and slip keys (for the similarity, then
     * for the index conditions: given as values, not from a CTE, so that the trigram indexes serve them), and the
     * "contains" pattern for the names and the other names.
     */
    private static List<Object> typed(String typed) {
        String[] slips = NameKeys.slipKeys(typed).toArray(String[]::new);
        String skeleton = NameKeys.skeleton(typed);
        String latin = NameKeys.latin(typed);
        String containing = FilterQuery.containing(typed);
        return params(skeleton, latin, slips, skeleton, latin, slips, containing, containing);
    }

    private Workloads() {
    }

    static List<Workload> all(RawEngine raw) {
        List<Workload> workloads = new ArrayList<>();
        workloads.add(new Workload("incidents: newest 50", Kind.LIST, "/api/v1/incidents?size=50&sort=-date",
                INCIDENT_PAGE.formatted(""), params()));
        workloads.add(new Workload("incidents: detentions in Almaty 2019–2021", Kind.LIST,
                "/api/v1/incidents?size=50&sort=-date&type=detention&region=kz-almaty-city&from=2019-01-01&to=2021-12-31",
                INCIDENT_PAGE.formatted("""
                        and i.place_id in (with recursive sub as (select id from place where code = 'kz-almaty-city'
                            union all select p.id from place p join sub on p.parent_id = sub.id) select id from sub)
                        and exists (select 1 from incident_type x join vocabulary_term t on t.id = x.term_id
                            where x.incident_id = i.id and t.code = 'detention')
                        and i.date between date '2019-01-01' and date '2021-12-31'"""), params()));
        workloads.add(new Workload("incidents: under Criminal Code 405", Kind.LIST, "/api/v1/incidents?size=50&sort=-date&article=CC-405",
                INCIDENT_PAGE.formatted("""
                        and exists (select 1 from incident_article x join legal_article a on a.id = x.article_id
                            where x.incident_id = i.id and a.code = 'CC' and a.article = '405')"""), params()));
        String defendant = raw.first("""
                select p.key from person p join case_party cp on cp.person_id = p.id join legal_case c on c.id = cp.case_id
                where p.confidentiality <> 'confidential' and c.confidentiality <> 'confidential'
                order by p.id limit 1""");
        workloads.add(new Workload("person: legal status and its periods", Kind.LEGAL_STATUS, "/api/v1/persons/" + defendant + "/legal-status",
                """
                select c.key, s.kind, s.date, s.date_precision, s.measure,
                    (select array_agg(sc.kind || ' ' || coalesce(sc.duration::text, '')) from sentence_component sc where sc.stage_id = s.id)
                from person p join case_party cp on cp.person_id = p.id join legal_case c on c.id = cp.case_id
                join case_stage s on s.case_id = c.id and (s.person_id is null or s.person_id = p.id)
                where p.key = ? and c.deleted_at is null and c.confidentiality <> 'confidential'
                order by s.date, s.position""", params(defendant)));
        // The matches once (materialized); the page of 50 (the API's order: name, key) and its names from them, the
        // total counted from them.
        workloads.add(new Workload("persons: name contains Mamay", Kind.LIST, "/api/v1/persons?size=50&q=Mamay", """
                with matches as materialized (
                    select p.id, p.key, p.name from person p
                    where p.deleted_at is null and p.confidentiality <> 'confidential'
                      and (p.name ilike '%Mamay%' or exists (select 1 from person_name n where n.person_id = p.id and n.name ilike '%Mamay%'))),
                page as materialized (select id, key, name from matches order by name, key limit 50),
                names as (select n.person_id, array_agg(n.name order by n.position) as names from person_name n
                    where n.person_id = any (array(select id from page)) group by 1)
                select p.key, p.name, p.gender, p.birth_year, names.names, (select count(*) from (select 1 from matches limit 10001) c)
                from page g join person p on p.id = g.id left join names on names.person_id = g.id
                order by g.name, g.key""", params()));
        // Search: the text index with the same query terms the application builds (search_term: English and Russian
        // stems, unaccented words, Latin and skeleton forms), ranked, the page's headlines cut; and names across scripts.
        workloads.add(new Workload("search: detained Almaty", Kind.SEARCH, "/api/v1/search?q=detained+Almaty&size=20", """
                with q as (select (search_term('detained', 'detained', 'detained', false)
                                   || search_term('detent', 'detent', 'detent', true))
                                  && search_term('Almaty', 'almaty', 'almati', false) as query),
                hits as materialized (select d.subject_type, d.subject_id, d.key, ts_rank_cd(d.document, q.query) as rank
                         from search_document d, q where d.document @@ q.query),
                page as (select * from hits order by rank desc, key limit 20)
                select p.subject_type, d.key, d.title::text, p.rank, (select count(*) from hits), ts_headline('english', d.body, q.query)
                from page p join search_document d on d.subject_type = p.subject_type and d.subject_id = p.subject_id, q
                order by p.rank desc, d.key""", params()));
        workloads.add(new Workload("search: a name in another script (Мамай)", Kind.SEARCH, "/api/v1/search?q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B9&size=20", """
                with names as (select k.subject_type, k.subject_id, max(word_similarity('mamai', k.skeleton)) as similarity
                               from name_key k where 'mamai' <% k.skeleton or 'mamai' <% k.latin group by 1, 2)
                select n.subject_type, d.key, d.title::text, n.similarity, count(*) over ()
                from names n join search_document d on d.subject_type = n.subject_type and d.subject_id = n.subject_id
                order by n.similarity desc, d.key limit 20""", params()));
        // Statistics: persons arrested under CC 405 by year (the stage measure); raw is the same stage query, counted.
        workloads.add(new Workload("stats: persons arrested under CC 405, by year", Kind.STATISTIC,
                "/api/v1/stats?unit=persons&by=year&from=2010-01-01&to=2025-12-31&article=CC-405&stage=arrested", """
                select extract(year from s.date) as year, count(distinct pa.person_id)
                from legal_case c join case_stage s on s.case_id = c.id
                join case_party pa on pa.case_id = c.id and pa.role in ('defendant', 'respondent') and pa.person_id is not null
                    and (s.person_id is null or s.person_id = pa.person_id)
                join person d on d.id = pa.person_id and d.deleted_at is null and d.confidentiality <> 'confidential'
                where c.deleted_at is null and c.confidentiality <> 'confidential'
                  and exists (select 1 from charge x join legal_article a on a.id = x.article_id
                              where x.case_id = c.id and a.code = 'CC' and a.article = '405')
                  and (s.kind = 'detained' or (s.kind = 'measure_of_restraint' and s.measure in ('pre_trial_detention', 'house_arrest')))
                  and s.date between date '2010-01-01' and date '2025-12-31'
                group by 1 order by 1""", params()));
        workloads.add(new Workload("stats: incidents by region", Kind.STATISTIC, "/api/v1/stats?unit=incidents&by=region", """
                select kuzet_region_of(g.place_id), sum(g.n)::bigint from (
                    select i.place_id, count(*) as n from incident i
                    where i.deleted_at is null and i.confidentiality <> 'confidential' group by 1) g
                group by 1""", params()));
        // The political-prisoner list is derived in Java from assessments and case stages; raw reads those rows.
        workloads.add(new Workload("political prisoners on 1 January 2020", Kind.PRISONERS, "/api/v1/political-prisoners?asOf=2020-01-01", """
                select p.key, p.name, a.conclusion, a.date, c.key, s.kind, s.date, s.measure,
                    (select array_agg(sc.kind || ' ' || coalesce(sc.duration::text, '')) from sentence_component sc where sc.stage_id = s.id)
                from person p join assessment a on a.person_id = p.id and a.date <= date '2020-01-01'
                join case_party cp on cp.person_id = p.id join legal_case c on c.id = cp.case_id and c.deleted_at is null
                join case_stage s on s.case_id = c.id and s.date <= date '2020-01-01'
                where p.deleted_at is null and p.confidentiality <> 'confidential' and c.confidentiality <> 'confidential'
                order by p.name, s.date""", params()));
        // The entry forms' type-ahead pickers (issue 14 item 4, issue 16 item 3): the ten persons or organisations
        // one of whose names is spelled like what was typed in any script (the trigram and slip-key indexes of the
        // name keys) or contains it, best first, with what tells namesakes apart (other names, roles, place).
        workloads.add(new Workload("picker: persons, typed 'Mamay'", Kind.PICKER, "/pickers/persons?field=victims&q=Mamay",
                PERSON_PICKER, typed("Mamay")));
        workloads.add(new Workload("picker: persons, typed in Cyrillic 'Мамай'", Kind.PICKER,
                "/pickers/persons?field=victims&q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B9", PERSON_PICKER, typed("Мамай")));
        workloads.add(new Workload("picker: organisations, typed 'Freedom'", Kind.PICKER,
                "/pickers/organizations?field=organizations&q=Freedom", ORGANIZATION_PICKER, typed("Freedom")));
        // The duplicate queue (issue 14 item 4): pairs are scored when records are written (identity_pair) from the
        // candidates that blocking gives, never all pairs. The raw side reads the same stored pairs as an expert would:
        // the first 50 proposed (at the default threshold, not marked distinct) whose two persons the reader sees, best
        // first, with both names, and their number counted up to the lists' bound (PageOf.EXACT_UP_TO). What it cannot
        // do is the application's scoring again under the reader's clearance of the few pairs resting on shared
        // records, and the reasons given for each pair shown.
        workloads.add(new Workload("duplicates: the persons' queue, first page", Kind.DUPLICATES, "/api/v1/persons/duplicates?size=50", """
                with proposed as not materialized (
                    select p.score, p.first_id, p.second_id from identity_pair p
                    join person a on a.id = p.first_id and a.deleted_at is null and a.confidentiality <> 'confidential'
                    join person b on b.id = p.second_id and b.deleted_at is null and b.confidentiality <> 'confidential'
                    where p.subject_type = 'person' and p.score >= 0.8
                      and not exists (select 1 from identity_distinct d where d.subject_type = 'person'
                                      and d.first_id = p.first_id and d.second_id = p.second_id)),
                page as (select * from proposed order by score desc, first_id, second_id limit 50)
                select a.key, a.name, b.key, b.name, page.score,
                       (select count(*) from (select 1 from proposed limit 10001) c) as total
                from page join person a on a.id = page.first_id join person b on b.id = page.second_id
                order by page.score desc, page.first_id, page.second_id""", params()));
        issue16(raw, workloads);
        return workloads;
    }

    /** Where every visible incident is, as the raw side filters it (a viewer: all but the confidential). */
    private static final String VISIBLE = "i.deleted_at is null and i.confidentiality <> 'confidential'";

    /** The incidents of a period, as a date range matches an imprecise date (V16: the span's last day). */
    private static String period(String from, String to) {
        return " and kuzet_span_last_day(i.date, i.date_precision, i.end_date, i.end_date_precision) >= date '" + from
                + "' and i.date <= date '" + to + "'";
    }

    /**
     * The workloads of issue 16 item 3 that the suite lacked: lists by organisation and by person, the facets, a
     * person's page, the dashboard, statistics by month and the quarterly briefing. The records they are about are
     * chosen from the generated record by rule (typical ones, not the largest), so that every scale asks the same.
     */
    private static void issue16(RawEngine raw, List<Workload> workloads) {
        // An organisation of typical reach: the first (by id) whose members were victims of at least ten incidents.
        String organization = raw.first("""
                select o.key from organization o join membership m on m.organization_id = o.id
                join person p on p.id = m.person_id and p.confidentiality <> 'confidential'
                join incident_victim v on v.person_id = p.id join incident i on i.id = v.incident_id
                where o.deleted_at is null and o.confidentiality <> 'confidential' and i.deleted_at is null
                  and i.confidentiality <> 'confidential'
                group by o.id, o.key order by count(distinct i.id) >= 10 desc, o.id limit 1""");
        workloads.add(new Workload("incidents: of an organisation (its members' too)", Kind.LIST,
                "/api/v1/incidents?size=50&sort=-date&organization=" + organization,
                INCIDENT_PAGE.formatted("""
                        and i.id in (
                            select v.incident_id from incident_victim v join organization o on o.id = v.organization_id
                            where o.key = '%1$s'
                            union all
                            select x.incident_id from incident_perpetrator x join organization o on o.id = x.organization_id
                            where o.key = '%1$s'
                            union all
                            select v.incident_id from organization o join membership m on m.organization_id = o.id
                            join person p on p.id = m.person_id and p.confidentiality <> 'confidential'
                            join incident_victim v on v.person_id = m.person_id where o.key = '%1$s')""".formatted(organization)),
                params()));
        // A person of typical reach: the first visible defendant (by id) who was a victim of at least four incidents.
        String person = raw.first("""
                select p.key from person p join incident_victim v on v.person_id = p.id join incident i on i.id = v.incident_id
                where p.deleted_at is null and p.confidentiality <> 'confidential' and i.deleted_at is null
                  and i.confidentiality <> 'confidential'
                  and exists (select 1 from case_party cp join legal_case c on c.id = cp.case_id
                              where cp.person_id = p.id and c.deleted_at is null and c.confidentiality <> 'confidential')
                group by p.id, p.key order by count(*) >= 4 desc, p.id limit 1""");
        workloads.add(new Workload("incidents: of a person (victim or perpetrator)", Kind.LIST,
                "/api/v1/incidents?size=50&sort=-date&person=" + person,
                INCIDENT_PAGE.formatted("""
                        and i.id in (
                            select v.incident_id from incident_victim v join person p on p.id = v.person_id where p.key = '%1$s'
                            union all
                            select x.incident_id from incident_perpetrator x join person p on p.id = x.person_id
                            where p.key = '%1$s')""".formatted(person)),
                params()));

        // The incident list's facets come only with the web page (no API gives them): the part htmx asks for when a
        // facet is chosen, in a viewer's browser session; the raw side is the same page of 25 and the same counts.
        workloads.add(new Workload("facets: the incident list, nothing chosen", Kind.FACETS, "/incidents",
                facets(null), params(), null, HTMX));
        workloads.add(new Workload("facets: the incident list, detentions chosen", Kind.FACETS, "/incidents?type=detention",
                facets("detention"), params(), null, HTMX));

        workloads.add(new Workload("person page: legal status and timeline", Kind.PERSON_PAGE, "/persons/" + person,
                PERSON_PAGE, params(person)));
        workloads.add(new Workload("dashboard: counts, chart, map, latest, awaiting review", Kind.DASHBOARD, "/", DASHBOARD,
                params()));
        workloads.add(new Workload("stats: incidents by month, 2021–2025", Kind.STATISTIC,
                "/api/v1/stats?unit=incidents&by=month&from=2021-01-01&to=2025-12-31", """
                select date_trunc('month', i.date)::date as month, i.date_precision = 'year' as year_only, count(*)
                from incident i where %s%s
                group by 1, 2 order by 1, 2""".formatted(VISIBLE, period("2021-01-01", "2025-12-31")), params()));

        // The briefing for one quarter, narrowed to the place (with the places within it) whose incidents that quarter
        // come closest to 200, or the whole country when it has fewer: the size of report the issue asks for, at
        // every scale that has that many.
        String from = "2020-01-01";
        String to = "2020-03-31";
        String place = raw.first("""
                with q as materialized (select i.place_id from incident i where %s%s),
                candidates as (select null::text as code, count(*) as n from q
                    union all
                    select p.code, count(q.place_id) from place p cross join lateral kuzet_places_in(p.code) as within(id)
                    left join q on q.place_id = within.id where p.kind <> 'country' group by p.code)
                select code from candidates order by abs(n - 200), code nulls first limit 1"""
                .formatted(VISIBLE, period(from, to)));
        String report = """
                {"template": "briefing", "from": "%s", "to": "%s", %s"audience": "internal", "language": "en", "format": "%%s"}"""
                .formatted(from, to, place == null ? "" : "\"place\": \"" + place + "\", ");
        String reportSql = REPORT_INCIDENTS.formatted(VISIBLE + period(from, to)
                + (place == null ? "" : " and i.place_id in (select kuzet_places_in('" + place + "'))"));
        // the same names at every scale (the place chosen shows in the call), so that the figures can be compared
        workloads.add(new Workload("report: a quarter's briefing, DOCX", Kind.REPORT, "/api/v1/reports", reportSql, params(),
                report.formatted("docx"), Map.of()));
        workloads.add(new Workload("report: a quarter's briefing, PDF", Kind.REPORT, "/api/v1/reports", reportSql, params(),
                report.formatted("pdf"), Map.of()));
    }

    /** What htmx sends when it asks for the part of a page that changes. */
    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    /*
     * The incident list's page (25 rows, newest first, with their types and place) and every facet, each counted
     * under every other chosen filter (here: the type, when one is chosen; the type facet itself without it): regions
     * (counted by place first, rolled up once per place), types, rights, the twelve organisations with most incidents
     * (as victim, perpetrator or through a victim's membership), articles, perpetrator kinds, review statuses, the
     * years each incident's span reaches and the undated; and the total, counted up to the lists' bound as the page
     * counts it (PageOf.EXACT_UP_TO). One statement, one row per value.
     */
    private static String facets(String type) {
        String chosen = type == null ? "" : """
                 and exists (select 1 from incident_type x join vocabulary_term t on t.id = x.term_id
                    where x.incident_id = i.id and t.code = '%s')""".formatted(type);
        String where = VISIBLE + chosen;
        return """
                with page as materialized (
                    select i.id, i.key, i.title, i.date, i.date_precision, i.place_id, i.review_status, i.confidentiality, i.version
                    from incident i where %1$s order by i.date desc nulls last, i.id desc limit 25),
                m as materialized (select i.id, i.place_id, i.review_status, i.date, i.date_precision, i.end_date, i.end_date_precision
                    from incident i where %1$s),
                organizations as (
                    select o.key, o.name, count(distinct l.incident_id) as n from (
                        select v.incident_id, v.organization_id from incident_victim v where v.organization_id is not null
                        union all select x.incident_id, x.organization_id from incident_perpetrator x where x.organization_id is not null
                        union all select v.incident_id, ms.organization_id from incident_victim v join membership ms on ms.person_id = v.person_id
                            join person p on p.id = ms.person_id and p.confidentiality <> 'confidential') l
                    join m on m.id = l.incident_id join organization o on o.id = l.organization_id
                    where o.deleted_at is null and o.confidentiality <> 'confidential'
                    group by o.key, o.name order by count(distinct l.incident_id) desc, o.name limit 12)
                (select 'incident' as facet, p.key as value, p.title::text as label, p.date::text || ' ' || p.date_precision as detail,
                    (select string_agg(t.label_en, ', ' order by t.sort_order, t.code) from incident_type x
                     join vocabulary_term t on t.id = x.term_id where x.incident_id = p.id)
                    || ' · ' || coalesce(pl.name_en, '') || ' · ' || p.review_status || ' ' || p.confidentiality || ' ' || p.version as n
                from page p left join place pl on pl.id = p.place_id order by p.date desc nulls last, p.id desc)
                union all select 'total', null, null, null, (select count(*) from (select 1 from m limit 10001) c)::text
                union all select 'region', r.code, null, null, sum(g.n)::text
                    from (select m.place_id, count(*) as n from m where m.place_id is not null group by 1) g
                    join place r on r.id = kuzet_region_of(g.place_id) group by r.code
                union all select 'type', t.code, null, null, g.n::text from (select x.term_id, count(*) as n from incident_type x
                    join incident i on i.id = x.incident_id where %2$s group by 1) g join vocabulary_term t on t.id = g.term_id
                union all select 'right', t.code, null, null, g.n::text from (select x.term_id, count(*) as n from incident_right x
                    join m on m.id = x.incident_id group by 1) g join vocabulary_term t on t.id = g.term_id
                union all select 'organization', o.key, o.name, null, o.n::text from organizations o
                union all select 'article', a.code || '-' || a.article, null, null, g.n::text from (select x.article_id,
                    count(distinct x.incident_id) as n from incident_article x join m on m.id = x.incident_id group by 1) g
                    join legal_article a on a.id = g.article_id
                union all select 'perpetrator', t.code, null, null, g.n::text from (select x.kind_id, count(distinct x.incident_id) as n
                    from incident_perpetrator x join m on m.id = x.incident_id group by 1) g join vocabulary_term t on t.id = g.kind_id
                union all select 'reviewStatus', m.review_status, null, null, count(*)::text from m group by m.review_status
                union all select 'year', y.year::text, null, null, count(*)::text from m cross join lateral generate_series(
                    extract(year from m.date)::int,
                    extract(year from kuzet_span_last_day(m.date, m.date_precision, m.end_date, m.end_date_precision))::int) as y(year)
                    group by y.year
                union all select 'year', 'unknown', null, null, count(*)::text from m where m.date is null having count(*) > 0"""
                .formatted(where, VISIBLE);
    }

    /*
     * A person's page: the person, their other names, roles, memberships and assessments (with the organisations'
     * names), the sources cited; the timeline (the incidents they were a victim or perpetrator in, with the role, and
     * the stages of their visible cases, each with its sentence), which are also the rows the legal status is derived
     * from; the incidents of a legal step that no case records (the kinds of incident of IncidentCatalog.LEGAL_STEPS,
     * which is not public); the latest 20 interventions on their behalf. One statement, one row per item, in the page's
     * order (by part, then date).
     */
    private static final String PERSON_PAGE = """
            with p as materialized (select * from person where key = ? and confidentiality <> 'confidential'),
            cases as materialized (select c.id, c.key, c.title from case_party cp
                join legal_case c on c.id = cp.case_id and c.deleted_at is null and c.confidentiality <> 'confidential'
                where cp.person_id = (select id from p)),
            involved as materialized (select i.id, i.key, i.title, i.date, i.date_precision, max(r.role) as role from (
                    select v.incident_id as id, 'victim' as role from incident_victim v where v.person_id = (select id from p)
                    union all
                    select x.incident_id, 'perpetrator' from incident_perpetrator x where x.person_id = (select id from p)) r
                join incident i on i.id = r.id and i.deleted_at is null and i.confidentiality <> 'confidential'
                group by i.id)
            select 'a person' as part, p.key, p.name, null::date as date,
                concat_ws(' ', p.gender, p.birth_year, pl.code, p.description::text, p.confidentiality, p.version) as detail
            from p left join place pl on pl.id = p.place_id
            union all select 'b name', null, n.name, null, concat_ws(' ', n.script, n.lang, n.kind)
                from person_name n where n.person_id = (select id from p)
            union all select 'c role', t.code, t.label_en, null, null
                from person_role r join vocabulary_term t on t.id = r.term_id where r.person_id = (select id from p)
            union all select 'd membership', o.key, o.name, m.from_date, concat_ws(' ', m.kind, m.alleged)
                from membership m join organization o on o.id = m.organization_id where m.person_id = (select id from p)
            union all select 'e assessment', o.key, coalesce(o.name, a.assessed_by_text), a.date, a.conclusion
                from assessment a left join organization o on o.id = a.assessed_by_id where a.person_id = (select id from p)
            union all select 'f source', s.key, s.title::text, s.published_on, s.outlet from citation c
                join source s on s.id = c.source_id and s.confidentiality <> 'confidential'
                where c.subject_type = 'person' and c.subject_id = (select id from p)
            union all select 'g incident', i.key, i.title::text, i.date, i.date_precision || ' ' || i.role from involved i
            union all select 'g stage', c.key, c.title::text || ': ' || s.kind, s.date, concat_ws(' ', s.date_precision, s.measure,
                    (select string_agg(sc.kind || ' ' || coalesce(sc.duration::text, ''), ', ') from sentence_component sc
                     where sc.stage_id = s.id))
                from cases c join case_stage s on s.case_id = c.id and (s.person_id is null or s.person_id = (select id from p))
            union all select 'h outside cases', i.key, i.title::text, i.date, null from involved i
                where i.role = 'victim'
                  and exists (select 1 from incident_type x join vocabulary_term t on t.id = x.term_id where x.incident_id = i.id
                              and t.code in ('detention', 'administrative_arrest', 'pre_trial_detention', 'house_arrest',
                                  'psychiatric_detention', 'release', 'criminal_charge', 'sentence', 'sentence_change',
                                  'denial_of_parole', 'fine'))
                  and not exists (select 1 from incident_case ic join legal_case c on c.id = ic.case_id
                                  where ic.incident_id = i.id and c.deleted_at is null)
            union all (select 'i intervention', v.key, v.title::text, v.date, v.kind from intervention_person ip
                join intervention v on v.id = ip.intervention_id and v.deleted_at is null and v.confidentiality <> 'confidential'
                where ip.person_id = (select id from p) order by v.date desc, v.id desc limit 20)
            order by 1, 4 nulls last""";

    /*
     * The dashboard: the headline counts (incidents and those awaiting review in one scan; persons, organisations,
     * cases, sources), incidents per month over the five calendar years up to the latest incident, incidents by
     * region (counted by place, rolled up once per place), the latest ten incidents and the ten awaiting review that
     * changed last, each with its types and place. One statement, one row per figure.
     */
    private static final String DASHBOARD = """
            with last as (select coalesce(max(i.date), current_date) as day from incident i where %1$s),
            counts as (select count(*) as incidents, count(*) filter (where i.review_status in (%3$s)) as awaiting
                from incident i where %1$s),
            months as (select date_trunc('month', i.date)::date as month, i.date_precision = 'year' as year_only, count(*) as n
                from incident i, last where %1$s
                  and kuzet_span_last_day(i.date, i.date_precision, i.end_date, i.end_date_precision)
                      >= make_date(extract(year from last.day)::int - 4, 1, 1)
                  and i.date <= last.day group by 1, 2),
            regions as (select r.code, sum(g.n) as n from (select i.place_id, count(*) as n from incident i where %1$s group by 1) g
                left join place r on r.id = kuzet_region_of(g.place_id) group by r.code),
            latest as materialized (select i.id, i.key, i.title, i.date, i.date_precision, i.place_id, i.review_status,
                    i.confidentiality, i.version from incident i where %1$s order by i.date desc nulls last, i.id desc limit 10),
            awaiting as materialized (select i.id, i.key, i.title, i.date, i.date_precision, i.place_id, i.review_status,
                    i.confidentiality, i.version, i.updated_at from incident i where %1$s and i.review_status in (%3$s)
                    order by i.updated_at desc, i.id desc limit 10)
            select 'count' as part, 'incidents' as key, null as label, null::date as date, c.incidents as n from counts c
            union all select 'count', 'awaiting review', null, null, c.awaiting from counts c
            union all select 'count', 'persons', null, null, (select count(*) from person where deleted_at is null and confidentiality <> 'confidential')
            union all select 'count', 'organizations', null, null, (select count(*) from organization where deleted_at is null and confidentiality <> 'confidential')
            union all select 'count', 'cases', null, null, (select count(*) from legal_case where deleted_at is null and confidentiality <> 'confidential')
            union all select 'count', 'sources', null, null, (select count(*) from source where deleted_at is null and confidentiality <> 'confidential')
            union all select 'month', case when year_only then 'year' end, null, month, n from months
            union all select 'region', code, null, null, n from regions
            union all (select 'latest', %2$s from latest l left join place pl on pl.id = l.place_id
                order by l.date desc nulls last, l.id desc)
            union all (select 'awaiting', %2$s from awaiting l left join place pl on pl.id = l.place_id
                order by l.updated_at desc, l.id desc)""".formatted(VISIBLE, """
            l.key, l.title::text || ' · ' || coalesce(pl.name_en, '') || ' · '
                    || coalesce((select string_agg(t.label_en, ', ' order by t.sort_order, t.code) from incident_type x
                                 join vocabulary_term t on t.id = x.term_id where x.incident_id = l.id), '')
                    || ' · ' || l.review_status || ' ' || l.confidentiality || ' ' || l.version, l.date, null""".strip(),
            // the statuses that await review, as the dashboard counts them (draft and verified)
            String.join(", ", ReviewStatus.awaitingReviewCodes().stream().map(code -> "'" + code + "'").toList()));

    /*
     * The floor of a briefing report: the incidents of its period and place that it is made of, in date order, with
     * what it prints of each (title, narrative, date, types, rights, the victims' names, and each cited source
     * described: title, outlet, date, address). Not the report: its prisoners and statistics sections are measured as
     * workloads of their own, and rendering DOCX or PDF has no SQL equivalent. %1$s is the filter.
     */
    private static final String REPORT_INCIDENTS = """
            with q as materialized (select i.id, i.key, i.title, i.narrative, i.date, i.date_precision from incident i where %1$s)
            select q.key, q.title::text, q.narrative::text, q.date, q.date_precision,
                (select array_agg(t.code) from incident_type x join vocabulary_term t on t.id = x.term_id where x.incident_id = q.id),
                (select array_agg(t.code) from incident_right x join vocabulary_term t on t.id = x.term_id where x.incident_id = q.id),
                (select array_agg(coalesce(p.name, o.name) order by v.position) from incident_victim v
                    left join person p on p.id = v.person_id and p.confidentiality <> 'confidential'
                    left join organization o on o.id = v.organization_id and o.confidentiality <> 'confidential'
                    where v.incident_id = q.id),
                (select array_agg(concat_ws(', ', s.title::text, s.outlet, s.published_on::text, coalesce(s.url, s.archive_url))
                        order by c.position) from citation c join source s on s.id = c.source_id and s.confidentiality <> 'confidential'
                    where c.subject_type = 'incident' and c.subject_id = q.id)
            from q order by q.date, q.id""";
}
