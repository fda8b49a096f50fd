-- Runs before the migrations, at every start: a record whose restore --replace was interrupted (the process killed,
-- the machine stopped) has the replaced record's tables in a schema kuzet_replaced_<time> and a migrated, perhaps
-- empty, public schema. Starting on that would show an empty record and leave the old one out of every backup, so
-- Kuzet refuses to start until the operator puts it back (kuzet restore --put-back) or restores again.
do $$
declare
    aside text;
begin
    -- a restore building the schema says so on its connection (RestoreCommand): the one time a record stands aside
    if coalesce(current_setting('kuzet.restoring', true), '') = 'true' then
        return;
    end if;
    select nspname into aside from pg_namespace where nspname like 'kuzet\_replaced\_%' order by nspname limit 1;
    if aside is not null then
        raise exception 'an interrupted restore --replace left the replaced record in the schema %: run kuzet restore --put-back to give it back (or restore a backup again with --replace)', aside;
    end if;
end
$$;
