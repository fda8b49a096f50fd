-- The audit trail: who did what, when, to which record. Append-only and hash-chained: each entry's hash is
-- SHA-256 over the previous entry's hash and the entry's canonical JSON (payload), computed by the application
-- (org.kuzet.audit.AuditTrail) and checked by `kuzet audit verify`. Details never hold field values.
create table audit_event (
    position      bigint primary key check (position > 0),
    at            timestamptz not null,
    actor_id      bigint,
    actor_name    text not null,
    actor_role    text,
    action        text not null check (action ~ '^[a-z][a-z0-9_]{0,63}$'),
    subject_type  text,
    subject_key   text,
    details       jsonb not null default '{}',
    payload       text not null,
    previous_hash text not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          text not null unique check (hash ~ '^[0-9a-f]{64}$')
);

create index audit_event_at on audit_event (at);
create index audit_event_subject on audit_event (subject_type, subject_key);

-- Nobody changes or removes an entry: not the application role (no privilege, see afterMigrate.sql), and not
-- the owner of the table either when, on an external server, the application role owns it.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed on audit_event', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Anyone acting may append (a viewer's read of a confidential record is audited); only full clearance reads.
alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_append on audit_event for insert with check (true);
create policy audit_event_read on audit_event for select
    using (current_setting('kuzet.clearance', true) = 'confidential');

do $$
begin
    if '${appRole}' <> current_user and exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute format('revoke update, delete, truncate on audit_event from %I', '${appRole}');
    else
        -- external server: the application role owns the table; keep only what appending needs
        revoke update, delete, truncate on audit_event from current_user;
    end if;
end
$$;
