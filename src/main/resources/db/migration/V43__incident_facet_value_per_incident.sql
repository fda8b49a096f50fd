-- incident_facet_value (V42) read an incident's organisations by joining the incident to incident_organization, and
-- PostgreSQL cannot carry a join's condition into the branches of that view (a union, one of them a join itself): to
-- keep the facet values of one incident written it read every link of every incident, 1.8 s per incident written at
-- the 100k benchmark scale. A lateral subquery gives the branches the incident's id as a value, a few index reads
-- (offset 0 keeps the planner from flattening it back into the join). The view is otherwise the same.

create or replace view incident_facet_value with (security_invoker = true) as
    select i.id as incident_id, 'region'::text as facet, i.place_id::text as value,
           kuzet_incident_level(i.confidentiality::text, i.review_status) as level
    from incident i where i.deleted_at is null and i.place_id is not null
    union all
    select distinct i.id, 'type', x.term_id::text, kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i join incident_type x on x.incident_id = i.id where i.deleted_at is null
    union all
    select distinct i.id, 'right', x.term_id::text, kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i join incident_right x on x.incident_id = i.id where i.deleted_at is null
    union all
    select distinct i.id, 'article', x.article_id::text, kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i join incident_article x on x.incident_id = i.id where i.deleted_at is null
    union all
    select distinct i.id, 'perpetrator', x.kind_id::text, kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i join incident_perpetrator x on x.incident_id = i.id where i.deleted_at is null
    union all
    select i.id, 'reviewStatus', i.review_status, kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i where i.deleted_at is null
    union all
    -- an incident counts in every year its (possibly imprecise) span reaches, as the live facet and search count it
    select i.id, 'year', y.year::text, kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i cross join lateral generate_series(extract(year from i.date)::int,
        extract(year from kuzet_span_last_day(i.date, i.date_precision::text, i.end_date, i.end_date_precision::text))::int)
        as y(year)
    where i.deleted_at is null and i.date is not null
    union all
    select i.id, 'undated', '', kuzet_incident_level(i.confidentiality::text, i.review_status)
    from incident i where i.deleted_at is null and i.date is null
    union all
    -- seen when the incident and the organisation are, and one of the links: a direct one always, a member link
    -- when its victim is
    select i.id, 'organization', x.organization_id::text,
           greatest(kuzet_incident_level(i.confidentiality::text, i.review_status),
                    kuzet_record_level(o.confidentiality::text),
                    min(case when x.person_id is null then 0
                             else kuzet_person_level(p.confidentiality::text, p.consent_to_publish) end))
    from incident i
    cross join lateral (select l.organization_id, l.person_id from incident_organization l where l.incident_id = i.id
                        offset 0) x
    join organization o on o.id = x.organization_id
    left join person p on p.id = x.person_id
    where i.deleted_at is null
    group by i.id, i.confidentiality, i.review_status, x.organization_id, o.confidentiality;

-- An entry at a level within the reader's clearance is of an incident the reader sees (an entry's level is never
-- below its incident's): only the others need the incident looked up. Counting the facets of 11,000 matching incidents
-- looked it up 85,000 times.
alter policy incident_facet_entry_of_visible on incident_facet_entry
    using (level <= (select kuzet_clearance_level())
           or exists (select 1 from incident r where r.id = incident_facet_entry.incident_id offset 0));
