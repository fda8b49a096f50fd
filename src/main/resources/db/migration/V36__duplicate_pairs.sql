-- Issue 14 item 4: the duplicate queue over 50,000 persons in seconds. Until now every request compared every
-- candidate pair of the blocking keys again (millions of pairs where names repeat). Now the candidate pairs are
-- scored when a record or a link between records is written (identity.DuplicatePairs, in the writing transaction)
-- and kept here with the score they have with full clearance; the queue reads the pairs from its threshold up.
--
-- A reader with less clearance may see a pair score lower, never higher: what is hidden from a reader can only be
-- a record both persons are linked to (an incident, a case, an organisation), and shared records only add to a
-- score. Such records' keys are kept in "shared"; a pair with none scores the same for every reader who sees both
-- records, a pair with some is scored again under the reader's clearance before it is shown.
create table identity_pair (
    subject_type text not null check (subject_type in ('person', 'organization')),
    first_id     bigint not null,
    second_id    bigint not null,
    score        numeric(4, 3) not null check (score between 0 and 1),
    shared       text[] not null default '{}',
    primary key (subject_type, first_id, second_id),
    check (first_id < second_id)
);
-- the queue's order: best first, then by the records' ids (a page is read from here, not sorted)
create index identity_pair_queue on identity_pair (subject_type, score desc, first_id, second_id);
create index identity_pair_second on identity_pair (subject_type, second_id);
create index identity_pair_shared on identity_pair using gin (shared);

-- A person's cases are read by person (the facts a pair is scored on): every person reference of a case is indexed,
-- so that the rows of a thousand persons are found by the index, not by testing each row of the whole table
-- against its policy (a bundle file of 5,000 records spent minutes there).
create index charge_defendant on charge (defendant_id);
create index case_stage_person on case_stage (person_id);

alter table identity_pair enable row level security;
alter table identity_pair force row level security;
-- Written with full clearance (bookkeeping, like the keys); a pair is read only by who sees both its records. The
-- records the reader sees are asked as a set ("in (select id from person)"), which PostgreSQL answers with one hash
-- of them for the whole query: the queue counts 800,000 pairs of 50,000 persons in under a second that way, against
-- seconds with a lookup of both records per pair.
create policy identity_pair_read on identity_pair for select using (kuzet_clearance() = 'confidential'
    or (subject_type = 'person' and first_id in (select id from person) and second_id in (select id from person))
    or (subject_type = 'organization' and first_id in (select id from organization)
        and second_id in (select id from organization)));
create policy identity_pair_write on identity_pair for insert with check (kuzet_clearance() = 'confidential');
create policy identity_pair_update on identity_pair for update using (kuzet_clearance() = 'confidential');
create policy identity_pair_delete on identity_pair for delete using (kuzet_clearance() = 'confidential');

-- The bookkeeping reads keys with full clearance, block by block: the clearance is asked first, so that it does not
-- look up each key's record (which the policy of V12 did first, whatever the clearance).
alter policy identity_key_read on identity_key using (kuzet_clearance() = 'confidential'
    or identity_subject_visible(subject_type, subject_id));

-- The pairs of every existing record are computed at the next start, with their keys.
insert into identity_stale (subject_type, subject_id) select 'person', id from person on conflict do nothing;
insert into identity_stale (subject_type, subject_id) select 'organization', id from organization on conflict do nothing;
