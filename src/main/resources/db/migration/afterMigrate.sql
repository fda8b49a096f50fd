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

-- Lets the search indexes work under row-level security. PostgreSQL applies a table's policy before any condition
-- whose operator is not marked leakproof, and then cannot use that operator's index: every search would read every
-- row. These operators (text match, array containment and overlap, trigram similarity) reveal nothing about their
-- arguments but their result, so where the migrations run as a superuser (the embedded server) they are marked
-- leakproof. On an external server a superuser may run the same statements once (docs/security.md §4); without
-- them search stays correct, only slower on a large record.
do $$
declare
    operator_function text;
begin
    if not (select rolsuper from pg_roles where rolname = current_user) then
        return;
    end if;
    foreach operator_function in array array['pg_catalog.ts_match_vq(tsvector, tsquery)',
            'pg_catalog.arraycontains(anyarray, anyarray)', 'pg_catalog.arrayoverlap(anyarray, anyarray)',
            'word_similarity_op(text, text)', 'word_similarity_commutator_op(text, text)', 'similarity_op(text, text)'] loop
        if to_regprocedure(operator_function) is not null then
            execute 'alter function ' || operator_function || ' leakproof';
        end if;
    end loop;
end
$$;
