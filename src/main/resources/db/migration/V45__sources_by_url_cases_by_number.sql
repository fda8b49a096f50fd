-- A sheet of sources or legal cases warns of a row that repeats a recorded source (its URL) or case (its number),
-- one lookup per row: without these, each lookup read every source or case.
create index source_url on source (url) where deleted_at is null;
create index legal_case_number on legal_case (lower(btrim(number))) where deleted_at is null;
