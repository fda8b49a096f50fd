-- The incident list's facets with nothing chosen, counted as they are written rather than when they are read.
--
-- Counting them at every request read every incident a reader may see, eight times over (one statement per facet):
-- 1.9 s per page at the 100k benchmark scale, growing with the record, and the page every monitor opens first. The
-- counts are kept by the lowest clearance that sees each (incident, facet value): what a reader may see of the
-- record is decided by the clearance alone (V6, V37), except the records an internal reader created, which
-- IncidentFacets counts apart, live, under the reader's own row-level security.
--
-- Levels: 0 is seen by every clearance, 1 from 'internal' on, 2 only by 'confidential' (kuzet_clearance_level).

set local kuzet.clearance = 'confidential';

-- An incident is seen by the public clearance when public and published, by 'internal' unless confidential.
create function kuzet_incident_level(confidentiality text, review_status text) returns smallint
    language sql immutable parallel safe as $$
    select case when confidentiality = 'confidential' then 2
                when confidentiality = 'public' and review_status = 'published' then 0 else 1 end::smallint
$$;

-- A person is seen by the public clearance when public with consent to publish, by 'internal' unless confidential.
create function kuzet_person_level(confidentiality text, consent_to_publish text) returns smallint
    language sql immutable parallel safe as $$
    select case when confidentiality = 'confidential' then 2
                when confidentiality = 'public' and consent_to_publish = 'yes' then 0 else 1 end::smallint
$$;

-- Any other record (an organisation): by its confidentiality alone.
create function kuzet_record_level(confidentiality text) returns smallint language sql immutable parallel safe as $$
    select case confidentiality when 'confidential' then 2 when 'internal' then 1 else 0 end::smallint
$$;

create function kuzet_clearance_level() returns smallint language sql stable as $$
    select case kuzet_clearance() when 'confidential' then 2 when 'internal' then 1 else 0 end::smallint
$$;

-- incident_organization (V16) names the victim through whom a 'member' link runs: its visibility is the link's.
create or replace view incident_organization with (security_invoker = true) as
    select v.incident_id, v.organization_id, 'victim'::text as via, null::bigint as person_id
    from incident_victim v where v.organization_id is not null
    union all
    select x.incident_id, x.organization_id, 'perpetrator'::text, null::bigint
    from incident_perpetrator x where x.organization_id is not null
    union all
    select v.incident_id, m.organization_id, 'member'::text, v.person_id
    from incident_victim v join membership m on m.person_id = v.person_id;

-- Every facet value of every live incident, each once, with the level that sees it: the one definition of what the
-- facets count (the tests' LiveFacets counts the same from the incidents themselves). Read with full clearance to keep
-- the tally; read under a reader's row-level security it is exactly what that reader sees.
create view incident_facet_value with (security_invoker = true) as
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
    -- when its victim is. The links are read by the incident's id in a lateral subquery (offset 0 keeps the planner
    -- from flattening it into a join, which PostgreSQL cannot carry into the view's branches: joined, keeping one
    -- incident's values read every link of every incident, 1.8 s per write at the 100k benchmark scale)
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

-- What the tally is made of, per incident, so that a change of an incident takes out exactly what it put in.
create table incident_facet_entry (
    incident_id bigint not null references incident (id) on delete cascade,
    facet text not null,
    value text not null,
    level smallint not null,
    primary key (incident_id, facet, value)
);
alter table incident_facet_entry enable row level security;
alter table incident_facet_entry force row level security;
-- An entry at a level within the reader's clearance is of an incident the reader sees (an entry's level is never below
-- its incident's): only the others need the incident looked up.
create policy incident_facet_entry_of_visible on incident_facet_entry
    using (level <= (select kuzet_clearance_level())
           or exists (select 1 from incident r where r.id = incident_facet_entry.incident_id offset 0));

-- The counts: rows of changes (+n, -n) that writers add without waiting for each other, summed when read and
-- folded together from time to time (IncidentFacets.fold). A reader reads only the levels of their clearance.
create table incident_facet_tally (
    facet text not null,
    value text not null,
    level smallint not null,
    n bigint not null
);
create index incident_facet_tally_value on incident_facet_tally (level, facet, value);
alter table incident_facet_tally enable row level security;
alter table incident_facet_tally force row level security;
-- Any writer adds changes (a change of a record they may write, through IncidentFacets or a cascade); folding, which
-- deletes, runs with full clearance.
create policy incident_facet_tally_within_clearance on incident_facet_tally for select
    using (level <= (select kuzet_clearance_level()));
create policy incident_facet_tally_changes on incident_facet_tally for insert with check (true);
create policy incident_facet_tally_folded on incident_facet_tally for delete
    using ((select kuzet_clearance()) = 'confidential');

create function incident_facet_entries_added() returns trigger language plpgsql as $$
begin
    insert into incident_facet_tally (facet, value, level, n)
    select facet, value, level, count(*) from added group by facet, value, level;
    return null;
end
$$;

create function incident_facet_entries_removed() returns trigger language plpgsql as $$
begin
    insert into incident_facet_tally (facet, value, level, n)
    select facet, value, level, -count(*) from removed group by facet, value, level;
    return null;
end
$$;

create trigger incident_facet_entry_added after insert on incident_facet_entry
    referencing new table as added for each statement execute function incident_facet_entries_added();
create trigger incident_facet_entry_removed after delete on incident_facet_entry
    referencing old table as removed for each statement execute function incident_facet_entries_removed();

-- An internal reader's own confidential records are counted apart; these find them without reading the others.
create index incident_own_confidential on incident (created_by) where confidentiality = 'confidential';
create index person_own_confidential on person (created_by) where confidentiality = 'confidential';
create index organization_own_confidential on organization (created_by) where confidentiality = 'confidential';

insert into incident_facet_entry (incident_id, facet, value, level)
select incident_id, facet, value, level from incident_facet_value;
