-- What the search index was last checked against in full: the revision of its documents (SearchIndex.REVISION). At
-- start the index was checked in full every time (every record against its rows, every row against its record),
-- which read the whole record: 23 s to start on the 100k benchmark record. Writes keep the index in step in their
-- own transaction, so a start checks it in full only when this row is absent or of another revision. A migration
-- that changes records or what is indexed of them outside the application deletes the row.
create table search_index_state (
    only_row boolean primary key default true check (only_row),
    revision integer not null,
    checked_at timestamptz not null default now()
);
