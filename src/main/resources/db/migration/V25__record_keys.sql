-- Keys of records: whether a key is taken, and a fresh key for a record created without one, both answered over
-- every record of the table whatever the writer's clearance (docs/security.md §3, "Keys").
--
-- A key is unique across a table, hidden and deleted records included. Asked under the writer's clearance, a
-- taken key of a hidden record looked free: the insert then failed on the unique constraint (a 500, where a visible
-- record's key gave a 422: an oracle of hidden keys), and fresh keys were counted from the highest visible id, so
-- that a hidden record holding the next one blocked every keyless create. Both functions read with full clearance
-- for the duration of the call only (the caller's clearance is given back on return) and answer nothing
-- but a boolean, or a key nobody holds.

-- One counter per kind of record for fresh keys (person-95), starting after the highest id ever given, so that the
-- keys go on where the old ones stopped. Existing keys stay as they are.
do $$
declare
    record_table text;
begin
    foreach record_table in array array['source', 'organization', 'contact', 'person', 'event', 'legal_case',
            'incident', 'intervention', 'recommendation', 'reported_figure'] loop
        execute format('create sequence %I', record_table || '_key_seq');
        perform setval((record_table || '_key_seq')::regclass,
                coalesce(pg_sequence_last_value(pg_get_serial_sequence(record_table, 'id')), 0) + 1, false);
    end loop;
end
$$;

-- Full clearance is taken with set_config for the call and given back before returning (a function's SET clause
-- would be simpler, but PostgreSQL lets only a superuser attach a custom setting to a function); an error aborts the
-- statement, and with it the setting.
create function kuzet_key_taken(record_table text, record_key text) returns boolean
    language plpgsql volatile
    set search_path = public, pg_temp
as $$
declare
    taken boolean;
    caller_clearance text := current_setting('kuzet.clearance', true);
begin
    if record_table not in ('source', 'organization', 'contact', 'person', 'event', 'legal_case', 'incident',
            'intervention', 'recommendation', 'reported_figure') then
        raise exception 'not a record table: %', record_table;
    end if;
    perform set_config('kuzet.clearance', 'confidential', true);
    execute format('select exists (select 1 from %I where key = $1)', record_table) into taken using record_key;
    perform set_config('kuzet.clearance', coalesce(caller_clearance, ''), true);
    return taken;
end
$$;

-- The next key of the table's counter that no record holds: one that was given by hand (an imported bundle's
-- person-120) is skipped. Every record is looked at through kuzet_key_taken.
create function kuzet_fresh_key(record_table text, prefix text) returns text
    language plpgsql volatile
    set search_path = public, pg_temp
as $$
declare
    fresh text;
begin
    loop
        fresh := prefix || '-' || nextval((record_table || '_key_seq')::regclass);
        exit when not kuzet_key_taken(record_table, fresh);
    end loop;
    return fresh;
end
$$;
