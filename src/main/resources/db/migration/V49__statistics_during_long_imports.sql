-- A sheet is imported in one transaction (all or nothing), and the planner's statistics, which autovacuum gathers
-- from committed rows only, keep describing the tables as they were before it began: into an empty record, every
-- lookup of a 100,000-row sheet's later rows was planned for empty tables. ANALYZE in the importing transaction
-- counts its own rows. The application role does not own the tables, so it asks through this function, which runs as
-- their owner and analyses only the tables an import writes and reads.
--
-- A table another session is analysing or vacuuming is skipped rather than waited for (lock_timeout): ANALYZE's lock
-- is kept until the import commits, and two imports must never wait on each other for statistics.
create function kuzet_refresh_statistics() returns void
    language plpgsql volatile security definer
    set search_path = public, pg_temp
    set lock_timeout = '100ms'
as $$
declare
    t text;
begin
    foreach t in array array['source', 'organization', 'organization_name', 'organization_status', 'person',
            'person_name', 'person_role', 'membership', 'assessment', 'event', 'legal_case', 'case_party', 'charge',
            'case_stage', 'incident', 'incident_type', 'incident_right', 'incident_victim', 'incident_perpetrator',
            'incident_article', 'incident_case', 'citation', 'identity_key', 'identity_pair', 'name_key',
            'search_document', 'incident_facet_entry', 'record_version'] loop
        begin
            execute format('analyze %I', t);
        exception when lock_not_available then
            null; -- being analysed or vacuumed by another session: its statistics will do
        end;
    end loop;
end
$$;

revoke all on function kuzet_refresh_statistics() from public;
do $$
begin
    if exists (select 1 from pg_roles where rolname = '${appRole}') then
        execute format('grant execute on function kuzet_refresh_statistics() to %I', '${appRole}');
    end if;
end
$$;
