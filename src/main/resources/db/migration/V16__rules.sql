-- One definition of each rule that SQL needs, so that the incident list, search, statistics, reports and pages
-- cannot disagree about them. Java has the same rules where Java needs them (DateWithPrecision, vocabulary.Labels,
-- vocabulary.Regions, shared.LocalizedText), and RulesIntegrationTest checks that both languages agree.
--
-- None of these functions is SECURITY DEFINER: whatever they read, they read under the reader's row-level security.
-- None is marked leakproof (that needs a superuser, and they are only as leakproof as the operators they use); the
-- small ones are plain `language sql` expressions that PostgreSQL inlines into the query, where they behave exactly
-- like the fragments they replace.

-- ------------------------------------------------------------------------------------------------ imprecise dates

-- The last day of a record's span: its end date with the end date's own precision when it has one, else its date
-- with its precision. "February 2020" ends on 29 February 2020, "February 2020 to 2021" on 31 December 2021; a day,
-- an approximate date (and a date of unknown precision) stand for themselves. As DateWithPrecision.lastDayOfSpan()
-- in Java. A month-precise date is the 1st of its month and a year-precise one 1 January (precise_date_ok, V3; and
-- the DateWithPrecision constructor), so adding a month or a year and going back a day is the whole rule, and
-- cheaper than taking the date apart (the statistics compare every stage of every case). Self-contained (no call to
-- another of our functions), because an index expression is computed with the search path of maintenance operations
-- (pg_catalog only, since PostgreSQL 17).
create function kuzet_span_last_day(d date, prec text, end_d date, end_prec text) returns date
language sql immutable parallel safe as $$
    select case (case when end_d is null then prec else end_prec end)
        when 'month' then (coalesce(end_d, d) + interval '1 month')::date - 1
        when 'year' then (coalesce(end_d, d) + interval '1 year')::date - 1
        else coalesce(end_d, d) end
$$;

-- The last day a single date of this precision may stand for (a legal case's stage: its end is not when it
-- happened). As DateWithPrecision.latest() in Java.
create function kuzet_last_day(d date, prec text) returns date language sql immutable parallel safe as $$
    select kuzet_span_last_day(d, prec, null, null)
$$;

-- Period filters ("from" a day) compare the span's last day.
create index incident_span_last_day on incident (kuzet_span_last_day(date, date_precision, end_date, end_date_precision));

-- ------------------------------------------------------------------------------------------------ regions

-- The place a place rolls up to in groupings by region (statistics, the map, facets): the nearest region or city of
-- republican significance it lies in; a place in no region (abroad: "Bishkek" under "Kyrgyzstan"; or known only as
-- "Kazakhstan") rolls up to the top of its chain, its country. Null only for no place. Replaces V13's version, which
-- gave null (counted as "unknown") for a place abroad. As vocabulary.Regions.regionOf() in Java.
create or replace function kuzet_region_of(place_id bigint) returns bigint language sql stable as $$
    with recursive up (id, parent_id, kind, depth) as (
        select p.id, p.parent_id, p.kind, 0 from place p where p.id = place_id
        union all
        select q.id, q.parent_id, q.kind, up.depth + 1 from up join place q on q.id = up.parent_id
        where up.kind not in ('region', 'city_of_republican_significance') and up.depth < 10)
    select id from up order by kind in ('region', 'city_of_republican_significance') desc, depth desc limit 1
$$;

-- The places lying in the place with this code, the place itself included: what a filter on a region (or a
-- country, or a town) matches. Every place of a region rolls up to it or to a region within it.
create function kuzet_places_in(area text) returns setof bigint language sql stable as $$
    with recursive sub (id, depth) as (
        select id, 0 from place where code = area
        union all
        select p.id, sub.depth + 1 from place p join sub on p.parent_id = sub.id where sub.depth < 10)
    select id from sub
$$;

-- ------------------------------------------------------------------------------------------------ organisations

-- Which organisations an incident concerns, and how: as a victim (the organisation itself was targeted), as a
-- perpetrator, or as the organisation of a victim ('member': a victim person's membership of any kind). All three
-- count wherever "the incidents of an organisation" are meant: the incident list's filter and facet, the
-- statistics' filter and grouping, the search filter and facet. security_invoker: read under the reader's
-- row-level security, so a hidden incident, or a hidden person's membership, links nothing (an organisation the
-- reader may not see is excluded by the join to organization that every use makes).
create view incident_organization with (security_invoker = true) as
    select v.incident_id, v.organization_id, 'victim'::text as via
    from incident_victim v where v.organization_id is not null
    union all
    select x.incident_id, x.organization_id, 'perpetrator'::text
    from incident_perpetrator x where x.organization_id is not null
    union all
    select v.incident_id, m.organization_id, 'member'::text
    from incident_victim v join membership m on m.person_id = v.person_id;

-- Which organisations a legal case concerns: a party of any role ('party'), or the organisation of a defendant or
-- respondent ('member': their membership of any kind; a witness's or a lawyer's memberships say nothing of the case).
-- Used by the statistics' organisation filter and grouping of cases, under the reader's row-level security.
create view case_organization with (security_invoker = true) as
    select pa.case_id, pa.organization_id, 'party'::text as via
    from case_party pa where pa.organization_id is not null
    union all
    select pa.case_id, m.organization_id, 'member'::text
    from case_party pa join membership m on m.person_id = pa.person_id
    where pa.role in ('defendant', 'respondent');

-- ------------------------------------------------------------------------------------------------ labels

-- A vocabulary label (term, article, place name) in the reader's language: Kazakh falls back to Russian, and any
-- missing label to English. As vocabulary.Labels.in() in Java.
create function kuzet_label(lang text, en text, ru text, kk text) returns text language sql immutable parallel safe as $$
    select coalesce(case lang when 'ru' then ru when 'kk' then coalesce(kk, ru) end, en)
$$;

-- A localized_text in the reader's language, else in its original language. As shared.LocalizedText.in() in Java.
create function kuzet_text(t jsonb, lang text) returns text language sql immutable parallel safe as $$
    select coalesce(t->>lang, t->>(t->>'original'))
$$;
