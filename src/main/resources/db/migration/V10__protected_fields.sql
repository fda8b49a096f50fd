-- Sensitive fields and evidence files, encrypted at rest by the application's vault (AES-256-GCM, Tink; the
-- keyset lives outside the database). Every sealed value is bound to its place ("<table>.<column>:<id>"), so a
-- ciphertext copied into another row does not open.
--
-- Who may read them (row-level security, forced on the owner too): reviewers and administrators (clearance
-- 'confidential') and whoever created the parent record; nobody else, not viewers, not the public.

-- A known value sealed with the keyset: a missing or foreign keyset is refused at start (crypto.VaultCheck).
create table vault_check (
    id     integer primary key check (id = 1),
    sealed bytea not null
);

-- When each key of the keyset became primary (kuzet keys status).
create table vault_key (
    key_id bigint primary key,
    since  timestamptz not null default now()
);

create table person_private (
    person_id     bigint primary key references person (id) on delete cascade,
    contacts      bytea,
    address       bytea,
    date_of_birth bytea,
    consent_notes bytea
);

-- Who gave a confidential source and how to reach them.
create table source_private (
    source_id bigint primary key references source (id) on delete cascade,
    informant bytea
);

-- A victim's or witness's own account of the incident.
create table incident_private (
    incident_id bigint primary key references incident (id) on delete cascade,
    testimony   bytea
);

alter table person_private enable row level security;
alter table person_private force row level security;
create policy person_private_cleared on person_private
    using (kuzet_clearance() = 'confidential'
           or exists (select 1 from person p where p.id = person_id
                      and p.created_by = kuzet_user_id()));

alter table source_private enable row level security;
alter table source_private force row level security;
create policy source_private_cleared on source_private
    using (kuzet_clearance() = 'confidential'
           or exists (select 1 from source s where s.id = source_id
                      and s.created_by = kuzet_user_id()));

alter table incident_private enable row level security;
alter table incident_private force row level security;
create policy incident_private_cleared on incident_private
    using (kuzet_clearance() = 'confidential'
           or exists (select 1 from incident i where i.id = incident_id
                      and i.created_by = kuzet_user_id()));

-- Files attached to a source as evidence. The bytes are sealed in the evidence folder under the row's id; the
-- original file name is sealed here. A file is immutable: only its sealed name may be rewritten (key rotation).
create table evidence_file (
    id           bigint generated always as identity primary key,
    source_id    bigint not null references source (id),
    file_name    bytea not null,
    content_type text not null,
    size         bigint not null check (size >= 0),
    sha256       text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  bigint references app_user (id),
    uploaded_at  timestamptz not null default now()
);
create index evidence_file_source on evidence_file (source_id);

create function evidence_file_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'evidence files are immutable: file % cannot be deleted', old.id;
    end if;
    if (new.id, new.source_id, new.content_type, new.size, new.sha256, new.uploaded_by, new.uploaded_at)
       is distinct from (old.id, old.source_id, old.content_type, old.size, old.sha256, old.uploaded_by, old.uploaded_at) then
        raise exception 'evidence files are immutable: file % cannot be changed', old.id;
    end if;
    return new;
end
$$;
create trigger evidence_file_immutable before update or delete on evidence_file
    for each row execute function evidence_file_immutable();

-- A file is visible to whoever may see its source (the source's own row-level security decides).
alter table evidence_file enable row level security;
alter table evidence_file force row level security;
create policy evidence_file_follows_source on evidence_file
    using (exists (select 1 from source s where s.id = source_id));
