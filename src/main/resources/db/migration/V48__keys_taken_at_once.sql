-- kuzet_key_taken for many keys of one table in one statement: an import asks about every key of a file at once,
-- and asking key by key cost a function call, two set_config calls and a dynamic statement for each (75 µs a key,
-- 0.4 s for a file of 5,000 records). Same rule: every record of the table counts, whatever the caller may see,
-- with full clearance taken for the statement and given back before returning (see V25).
create function kuzet_keys_taken(record_table text, record_keys text[]) returns setof text
    language plpgsql volatile
    set search_path = public, pg_temp
as $$
declare
    caller_clearance text := current_setting('kuzet.clearance', true);
begin
    if record_table not in ('source', 'organization', 'contact', 'person', 'event', 'legal_case', 'incident',
            'intervention', 'recommendation', 'reported_figure') then
        raise exception 'not a record table: %', record_table;
    end if;
    perform set_config('kuzet.clearance', 'confidential', true);
    -- return query runs the statement to its end before the next line gives the clearance back
    return query execute format('select key::text from %I where key = any($1)', record_table) using record_keys;
    perform set_config('kuzet.clearance', coalesce(caller_clearance, ''), true);
end
$$;

-- One key is the same question asked of one key: one copy of the rule (the tables, the clearance taken and given back).
create or replace function kuzet_key_taken(record_table text, record_key text) returns boolean
    language sql volatile
    set search_path = public, pg_temp
as $$
    select exists (select 1 from kuzet_keys_taken(record_table, array[record_key]))
$$;
