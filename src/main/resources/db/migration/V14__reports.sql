-- Reports: recommendations (records, reusable across reports) and the report templates administrators edit.

-- A recommendation on one freedom (a term of the 'right' vocabulary), addressed to a body: an organisation of
-- the record or a free text ("the Parliament of Kazakhstan"). Text in several languages.
create table recommendation (
    id              bigint generated always as identity primary key,
    key             record_key not null unique,
    right_id        bigint not null references vocabulary_term (id),
    addressee_id    bigint references organization (id),
    addressee_text  text check (addressee_text is null or length(trim(addressee_text)) > 0),
    text            localized_text not null,
    position        integer not null default 0,
    confidentiality confidentiality_level not null default 'internal',
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    created_by      bigint references app_user (id),
    updated_at      timestamptz not null default now(),
    updated_by      bigint references app_user (id),
    deleted_at      timestamptz,
    deleted_by      bigint references app_user (id),
    deleted_reason  text
);
create index recommendation_right on recommendation (right_id);

-- Read under the same rules as every record (V6): the public sees public recommendations only.
alter table recommendation enable row level security;
alter table recommendation force row level security;
create policy recommendation_read on recommendation for select using (kuzet_may_see(confidentiality, created_by));
create policy recommendation_insert on recommendation for insert with check (kuzet_clearance() <> 'public');
create policy recommendation_update on recommendation for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy recommendation_delete on recommendation for delete using (kuzet_may_see(confidentiality, created_by));

-- A template as administrators saved it. The built-in templates (briefing, quarterly) live in the application
-- and are read from there until saved here; resetting one deletes its row.
create table report_template (
    name       text primary key check (name ~ '^[a-z][a-z0-9_-]{0,39}$'),
    definition jsonb not null check (jsonb_typeof(definition) = 'object'),
    version    integer not null default 1,
    updated_at timestamptz not null default now(),
    updated_by bigint references app_user (id)
);
