-- Identity resolution: blocking keys for duplicate candidates, "not the same" decisions, and the merge log that
-- lets a merge be undone exactly.

-- Blocking keys of every name variant of a person or organisation (identity.NameIndex computes them in Java with
-- names.NameKeys). Two records become a candidate pair only when they share a key, so the queue never compares
-- every record with every other. The keys spell names, so a key is visible exactly when its record is.
create table identity_key (
    subject_type text not null check (subject_type in ('person', 'organization')),
    subject_id   bigint not null,
    key          text not null,
    primary key (subject_type, subject_id, key)
);
create index identity_key_lookup on identity_key (subject_type, key);

create function identity_subject_visible(subject_type text, subject_id bigint) returns boolean
    language sql stable security invoker as $$
    select case subject_type
        when 'person' then exists (select 1 from person r where r.id = subject_id)
        when 'organization' then exists (select 1 from organization r where r.id = subject_id)
        else false
    end
$$;

alter table identity_key enable row level security;
alter table identity_key force row level security;
-- Keys are rewritten by the index with full clearance (internal bookkeeping); reads follow the record.
create policy identity_key_read on identity_key for select using (identity_subject_visible(subject_type, subject_id)
    or kuzet_clearance() = 'confidential');
create policy identity_key_write on identity_key for insert with check (kuzet_clearance() = 'confidential');
create policy identity_key_delete on identity_key for delete using (kuzet_clearance() = 'confidential');

-- Records whose names changed since their keys were computed: triggers note them, the index catches up before
-- any duplicate query. Only ids, nothing to hide.
create table identity_stale (
    subject_type text not null check (subject_type in ('person', 'organization')),
    subject_id   bigint not null,
    primary key (subject_type, subject_id)
);

create function identity_mark_stale() returns trigger language plpgsql as $$
declare
    subject bigint;
begin
    if tg_table_name = 'person' or tg_table_name = 'organization' then
        subject := coalesce(new.id, old.id);
    elsif tg_table_name = 'person_name' then
        subject := coalesce(new.person_id, old.person_id);
    else
        subject := coalesce(new.organization_id, old.organization_id);
    end if;
    insert into identity_stale (subject_type, subject_id)
    values (case when tg_table_name like 'person%' then 'person' else 'organization' end, subject)
    on conflict do nothing;
    return null;
end
$$;

create trigger person_identity_stale after insert or update of name on person
    for each row execute function identity_mark_stale();
create trigger person_name_identity_stale after insert or update or delete on person_name
    for each row execute function identity_mark_stale();
create trigger organization_identity_stale after insert or update of name on organization
    for each row execute function identity_mark_stale();
create trigger organization_name_identity_stale after insert or update or delete on organization_name
    for each row execute function identity_mark_stale();

insert into identity_stale (subject_type, subject_id) select 'person', id from person;
insert into identity_stale (subject_type, subject_id) select 'organization', id from organization;

-- "Not the same": a reviewer decided that two records name different people (or organisations). Kept by id, so
-- the decision holds whatever either record is later renamed to. first_id < second_id.
create table identity_distinct (
    subject_type text not null check (subject_type in ('person', 'organization')),
    first_id     bigint not null,
    second_id    bigint not null,
    decided_at   timestamptz not null default now(),
    decided_by   bigint references app_user (id),
    primary key (subject_type, first_id, second_id),
    check (first_id < second_id)
);

alter table identity_distinct enable row level security;
alter table identity_distinct force row level security;
create policy identity_distinct_of_visible on identity_distinct for select
    using (identity_subject_visible(subject_type, first_id) and identity_subject_visible(subject_type, second_id));
create policy identity_distinct_insert on identity_distinct for insert with check (kuzet_clearance() <> 'public');

-- A merge: the duplicate was folded into the survivor. The steps say every row the merge changed, inserted or
-- deleted, with the values before and after, so that undo puts each back; touched lists every record whose
-- version the merge raised (undo refuses when any has changed since).
create table identity_merge (
    id             bigint generated always as identity primary key,
    subject_type   text not null check (subject_type in ('person', 'organization')),
    survivor_id    bigint not null,
    duplicate_id   bigint not null,
    score          numeric(4, 3),
    conflicts      jsonb not null default '[]',
    merged_at      timestamptz not null default now(),
    merged_by      bigint references app_user (id),
    undone_at      timestamptz,
    undone_by      bigint references app_user (id),
    check (survivor_id <> duplicate_id)
);
create index identity_merge_duplicate on identity_merge (subject_type, duplicate_id);

create table identity_merge_step (
    merge_id   bigint not null references identity_merge (id) on delete cascade,
    position   integer not null,
    operation  text not null check (operation in ('set', 'insert', 'delete')),
    table_name text not null,
    row_data   jsonb not null,
    primary key (merge_id, position)
);

create table identity_merge_touch (
    merge_id      bigint not null references identity_merge (id) on delete cascade,
    table_name    text not null,
    record_id     bigint not null,
    version_after integer not null,
    primary key (merge_id, table_name, record_id)
);

-- A merge is visible to whoever sees both records (an old link to the duplicate then leads to the survivor); its
-- steps, which name every moved row, only with full clearance (reviewers and administrators merge and undo).
alter table identity_merge enable row level security;
alter table identity_merge force row level security;
create policy identity_merge_read on identity_merge for select
    using (identity_subject_visible(subject_type, survivor_id) and identity_subject_visible(subject_type, duplicate_id));
create policy identity_merge_write on identity_merge for insert with check (kuzet_clearance() = 'confidential');
create policy identity_merge_undo on identity_merge for update using (kuzet_clearance() = 'confidential');

alter table identity_merge_step enable row level security;
alter table identity_merge_step force row level security;
create policy identity_merge_step_cleared on identity_merge_step using (kuzet_clearance() = 'confidential');

alter table identity_merge_touch enable row level security;
alter table identity_merge_touch force row level security;
create policy identity_merge_touch_cleared on identity_merge_touch using (kuzet_clearance() = 'confidential');

-- The score from which a pair is proposed as a possible duplicate (kuzet settings / PUT /api/v1/settings).
insert into settings (key, value) values ('duplicate-threshold', '0.8') on conflict (key) do nothing;
