-- Search rows carry their record's visibility fields, so that their policy is as cheap as the record tables' own.
--
-- Until now a search row was visible when search_subject_visible() found its record, which ran a query with the
-- record table's policy for every row scanned: a search read every row through that function (the text, trigram and
-- facet operators are not leakproof, so PostgreSQL applies the policy before them and cannot use their indexes
-- under row-level security). With the fields copied here (by SearchIndex, in the transaction that changes the record,
-- and whenever a row is rebuilt) the policy is the same expression the record tables use.

alter table search_document
    add column confidentiality text not null default 'confidential' check (confidentiality in ('public', 'internal', 'confidential')),
    add column created_by bigint,
    -- what the public may also need: an incident published, a person consenting to publication; true otherwise
    add column public_ok boolean not null default false;

alter table name_key
    add column confidentiality text not null default 'confidential' check (confidentiality in ('public', 'internal', 'confidential')),
    add column created_by bigint,
    add column public_ok boolean not null default false;

drop policy search_document_of_visible on search_document;
drop policy name_key_of_visible on name_key;

create policy search_document_read on search_document for select
    using (kuzet_may_see(confidentiality, created_by) and (kuzet_clearance() <> 'public' or public_ok));
create policy name_key_read on name_key for select
    using (kuzet_may_see(confidentiality, created_by) and (kuzet_clearance() <> 'public' or public_ok));

-- Only the index's own bookkeeping, under full clearance (FullClearance), writes these tables.
create policy search_document_write on search_document for all
    using (kuzet_clearance() = 'confidential') with check (kuzet_clearance() = 'confidential');
create policy name_key_write on name_key for all
    using (kuzet_clearance() = 'confidential') with check (kuzet_clearance() = 'confidential');
