-- Reported figures: aggregate numbers that other organisations publish ("over 300 cases of persecution in 2020",
-- "more than 200 people detained in Almaty on 22 February"). What is counted (a description, and where it fits the
-- incident type and legal article it concerns and the unit: persons, organisations, incidents or cases, or not
-- stated), how many and how exactly (the qualifiers of an incident's victim count, and 'between' with an upper
-- value), the period (from, and optionally to, each with its precision: a year stays a year, a quarter is its first
-- and last month), the place, who reported it (an organisation of the record or a name in words) and the sources
-- (citation). Shown beside Kuzet's own counts, never added into them.
create table reported_figure (
    id                    bigint generated always as identity primary key,
    key                   record_key not null unique,
    description           localized_text not null,
    incident_type_id      bigint references vocabulary_term (id),
    article_id            bigint references legal_article (id),
    article_part          text check (article_part ~ '^[0-9]+(\.[0-9]+)?$'),
    unit                  text not null default 'unknown'
                              check (unit in ('persons', 'organizations', 'incidents', 'unknown')),
    qualifier             text not null
                              check (qualifier in ('exact', 'at_least', 'more_than', 'about', 'up_to', 'between')),
    value                 integer not null check (value >= 0),
    up_to                 integer,
    period_from           date not null,
    period_from_precision date_precision not null default 'day',
    period_to             date,
    period_to_precision   date_precision,
    place_id              bigint references place (id),
    reported_by_id        bigint references organization (id),
    reported_by_text      text check (reported_by_text is null or length(trim(reported_by_text)) > 0),
    confidentiality       confidentiality_level not null default 'internal',
    version               integer not null default 1,
    created_at            timestamptz not null default now(),
    created_by            bigint references app_user (id),
    updated_at            timestamptz not null default now(),
    updated_by            bigint references app_user (id),
    deleted_at            timestamptz,
    deleted_by            bigint references app_user (id),
    deleted_reason        text,
    check ((qualifier = 'between') = (up_to is not null)),
    check (up_to is null or up_to > value),
    check (article_part is null or article_id is not null),
    check ((period_to is null) = (period_to_precision is null)),
    check (precise_date_ok(period_from, period_from_precision) and precise_date_ok(period_to, period_to_precision)),
    check (period_to is null or period_to >= period_from),
    check (reported_by_id is not null or reported_by_text is not null)
);
-- "The figures of this period": the statistics page and the reports compare the span's last day (V16).
create index reported_figure_period on reported_figure (period_from,
    kuzet_span_last_day(period_from, period_from_precision, period_to, period_to_precision));
create index reported_figure_reported_by on reported_figure (reported_by_id);

-- Read under the same rules as every record (V6): the public sees public figures only, a writer without clearance
-- the confidential figures they created.
alter table reported_figure enable row level security;
alter table reported_figure force row level security;
create policy reported_figure_read on reported_figure for select using (kuzet_may_see(confidentiality, created_by));
create policy reported_figure_insert on reported_figure for insert with check (kuzet_clearance() <> 'public');
create policy reported_figure_update on reported_figure for update using (kuzet_may_see(confidentiality, created_by))
    with check (kuzet_clearance() <> 'public');
create policy reported_figure_delete on reported_figure for delete using (kuzet_may_see(confidentiality, created_by));

-- A figure cites its sources as every record does; its citations are visible exactly when it is (V6).
alter table citation drop constraint citation_subject_type_check;
alter table citation add constraint citation_subject_type_check check (subject_type in ('incident', 'event', 'person',
    'membership', 'assessment', 'organization', 'organization_status', 'legal_case', 'case_stage', 'intervention',
    'contact', 'reported_figure'));

drop policy citation_of_visible on citation;
create policy citation_of_visible on citation using (case subject_type
    when 'incident' then exists (select 1 from incident r where r.id = citation.subject_id)
    when 'event' then exists (select 1 from event r where r.id = citation.subject_id)
    when 'person' then exists (select 1 from person r where r.id = citation.subject_id)
    when 'membership' then exists (select 1 from membership r where r.id = citation.subject_id)
    when 'assessment' then exists (select 1 from assessment r where r.id = citation.subject_id)
    when 'organization' then exists (select 1 from organization r where r.id = citation.subject_id)
    when 'organization_status' then exists (select 1 from organization_status r where r.id = citation.subject_id)
    when 'legal_case' then exists (select 1 from legal_case r where r.id = citation.subject_id)
    when 'case_stage' then exists (select 1 from case_stage r where r.id = citation.subject_id)
    when 'intervention' then exists (select 1 from intervention r where r.id = citation.subject_id)
    when 'contact' then exists (select 1 from contact r where r.id = citation.subject_id)
    when 'reported_figure' then exists (select 1 from reported_figure r where r.id = citation.subject_id)
    else false end);

-- History keeps every version of a figure, visible exactly when the figure is (V8).
alter table record_version drop constraint record_version_subject_type_check;
alter table record_version add constraint record_version_subject_type_check check (subject_type in ('source',
    'organization', 'contact', 'person', 'event', 'legal_case', 'incident', 'intervention', 'reported_figure'));

create or replace function record_version_subject_visible(subject_type text, subject_id bigint) returns boolean
    language sql stable security invoker as $$
    select case subject_type
        when 'source' then exists (select 1 from source r where r.id = subject_id)
        when 'organization' then exists (select 1 from organization r where r.id = subject_id)
        when 'contact' then exists (select 1 from contact r where r.id = subject_id)
        when 'person' then exists (select 1 from person r where r.id = subject_id)
        when 'event' then exists (select 1 from event r where r.id = subject_id)
        when 'legal_case' then exists (select 1 from legal_case r where r.id = subject_id)
        when 'incident' then exists (select 1 from incident r where r.id = subject_id)
        when 'intervention' then exists (select 1 from intervention r where r.id = subject_id)
        when 'reported_figure' then exists (select 1 from reported_figure r where r.id = subject_id)
        else false
    end
$$;
