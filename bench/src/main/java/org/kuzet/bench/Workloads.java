package org.kuzet.bench;

import static org.kuzet.bench.Bench.params;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.bench.Bench.Workload;

/**
 * What a monitor's day asks of the record, each as the API call a client makes and as the SQL that answers the
 * same question directly: the same rows, the same parts of each record, the same total.
 */
final class Workloads {

    // One incident row with the parts the API returns, as arrays; count(*) over () is the list's total.
    private static final String INCIDENT_PAGE = """
            select i.key, i.title, i.narrative, i.date, i.date_precision, i.review_status, pl.code,
                (select array_agg(t.code) from incident_type x join vocabulary_term t on t.id = x.term_id where x.incident_id = i.id),
                (select array_agg(t.code) from incident_right x join vocabulary_term t on t.id = x.term_id where x.incident_id = i.id),
                (select array_agg(p.key order by v.position) from incident_victim v join person p on p.id = v.person_id
                    where v.incident_id = i.id),
                (select array_agg(t.code order by x.position) from incident_perpetrator x join vocabulary_term t on t.id = x.kind_id
                    where x.incident_id = i.id),
                (select array_agg(a.code || '-' || a.article) from incident_article x join legal_article a on a.id = x.article_id
                    where x.incident_id = i.id),
                (select array_agg(s.key order by c.position) from citation c join source s on s.id = c.source_id
                    where c.subject_type = 'incident' and c.subject_id = i.id),
                count(*) over ()
            from incident i left join place pl on pl.id = i.place_id
            where i.deleted_at is null and i.confidentiality <> 'confidential' %s
            order by i.date desc, i.id desc limit 50""";

    private Workloads() {
    }

    static List<Workload> all(RawEngine raw) {
        List<Workload> workloads = new ArrayList<>();
        workloads.add(new Workload("incidents: newest 50", "/api/v1/incidents?size=50&sort=-date",
                INCIDENT_PAGE.formatted(""), params()));
        workloads.add(new Workload("incidents: detentions in Almaty 2019–2021",
                "/api/v1/incidents?size=50&sort=-date&type=detention&region=kz-almaty-city&from=2019-01-01&to=2021-12-31",
                INCIDENT_PAGE.formatted("""
                        and i.place_id in (with recursive sub as (select id from place where code = 'kz-almaty-city'
                            union all select p.id from place p join sub on p.parent_id = sub.id) select id from sub)
                        and exists (select 1 from incident_type x join vocabulary_term t on t.id = x.term_id
                            where x.incident_id = i.id and t.code = 'detention')
                        and i.date between date '2019-01-01' and date '2021-12-31'"""), params()));
        workloads.add(new Workload("incidents: under Criminal Code 405", "/api/v1/incidents?size=50&sort=-date&article=CC-405",
                INCIDENT_PAGE.formatted("""
                        and exists (select 1 from incident_article x join legal_article a on a.id = x.article_id
                            where x.incident_id = i.id and a.code = 'CC' and a.article = '405')"""), params()));
        String defendant = raw.first("""
                select p.key from person p join case_party cp on cp.person_id = p.id join legal_case c on c.id = cp.case_id
                where p.confidentiality <> 'confidential' and c.confidentiality <> 'confidential'
                order by p.id limit 1""");
        workloads.add(new Workload("person: legal status and its periods", "/api/v1/persons/" + defendant + "/legal-status",
                """
                select c.key, s.kind, s.date, s.date_precision, s.measure,
                    (select array_agg(sc.kind || ' ' || coalesce(sc.duration::text, '')) from sentence_component sc where sc.stage_id = s.id)
                from person p join case_party cp on cp.person_id = p.id join legal_case c on c.id = cp.case_id
                join case_stage s on s.case_id = c.id and (s.person_id is null or s.person_id = p.id)
                where p.key = ? and c.deleted_at is null and c.confidentiality <> 'confidential'
                order by s.date, s.position""", params(defendant)));
        workloads.add(new Workload("persons: name contains Mamay", "/api/v1/persons?size=50&q=Mamay", """
                select p.key, p.name, p.gender, p.birth_year,
                    (select array_agg(n.name order by n.position) from person_name n where n.person_id = p.id),
                    count(*) over ()
                from person p where p.deleted_at is null and p.confidentiality <> 'confidential'
                    and (p.name ilike '%Mamay%' or exists (select 1 from person_name n where n.person_id = p.id and n.name ilike '%Mamay%'))
                order by p.key limit 50""", params()));
        // Search: the text index with the same query terms the application builds (search_term: English and Russian
        // stems, unaccented words, Latin and skeleton forms), ranked, the page's headlines cut; and names across scripts.
        workloads.add(new Workload("search: detained Almaty", "/api/v1/search?q=detained+Almaty&size=20", """
                with q as (select (search_term('detained', 'detained', 'detained', false)
                                   || search_term('detent', 'detent', 'detent', true))
                                  && search_term('Almaty', 'almaty', 'almati', false) as query),
                page as (select d.subject_type, d.subject_id, ts_rank_cd(d.document, q.query) as rank, count(*) over () as total
                         from search_document d, q where d.document @@ q.query order by rank desc, d.key limit 20)
                select p.subject_type, d.key, d.title::text, p.rank, p.total, ts_headline('english', d.body, q.query)
                from page p join search_document d on d.subject_type = p.subject_type and d.subject_id = p.subject_id, q
                order by p.rank desc, d.key""", params()));
        workloads.add(new Workload("search: a name in another script (Мамай)", "/api/v1/search?q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B9&size=20", """
                with names as (select k.subject_type, k.subject_id, max(word_similarity('mamai', k.skeleton)) as similarity
                               from name_key k where 'mamai' <% k.skeleton or 'mamai' <% k.latin group by 1, 2)
                select n.subject_type, d.key, d.title::text, n.similarity, count(*) over ()
                from names n join search_document d on d.subject_type = n.subject_type and d.subject_id = n.subject_id
                order by n.similarity desc, d.key limit 20""", params()));
        // Statistics: persons arrested under CC 405 by year (the stage measure); raw is the same stage query, counted.
        workloads.add(new Workload("stats: persons arrested under CC 405, by year",
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
        workloads.add(new Workload("stats: incidents by region", "/api/v1/stats?unit=incidents&by=region", """
                select kuzet_region_of(i.place_id), count(*) from incident i
                where i.deleted_at is null and i.confidentiality <> 'confidential' group by 1""", params()));
        // The political-prisoner list is derived in Java from assessments and case stages; raw reads those rows.
        workloads.add(new Workload("political prisoners on 1 January 2020", "/api/v1/political-prisoners?asOf=2020-01-01", """
                select p.key, p.name, a.conclusion, a.date, c.key, s.kind, s.date, s.measure,
                    (select array_agg(sc.kind || ' ' || coalesce(sc.duration::text, '')) from sentence_component sc where sc.stage_id = s.id)
                from person p join assessment a on a.person_id = p.id and a.date <= date '2020-01-01'
                join case_party cp on cp.person_id = p.id join legal_case c on c.id = cp.case_id and c.deleted_at is null
                join case_stage s on s.case_id = c.id and s.date <= date '2020-01-01'
                where p.deleted_at is null and p.confidentiality <> 'confidential' and c.confidentiality <> 'confidential'
                order by p.name, s.date""", params()));
        return workloads;
    }
}
