package org.kuzet.bench;

import static org.kuzet.bench.Bench.params;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.bench.Bench.Kind;
import org.kuzet.bench.Bench.Workload;
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
        return workloads;
    }
}
