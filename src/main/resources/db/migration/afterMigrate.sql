-- Runs after every migration: the application role may read and write the record, nothing more.
do $$
begin
    if '${appRole}' <> current_user and exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute format('grant usage on schema public to %I', '${appRole}');
        execute format('grant select, insert, update, delete on all tables in schema public to %I', '${appRole}');
        execute format('grant usage, select on all sequences in schema public to %I', '${appRole}');
    end if;
end
$$;
