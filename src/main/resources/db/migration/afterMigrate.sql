-- Runs after every migration: the application role may read and write the record, nothing more; the audit
-- trail it may only read and append to.
do $$
begin
    if '${appRole}' <> current_user and exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute format('grant usage on schema public to %I', '${appRole}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${appRole}');
        if to_regclass('public.audit_event') is not null then
            execute format('revoke update, delete, truncate on audit_event from %I', '${appRole}');
        end if;
        execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
    end if;
end
$$;
