-- Issue 14: names matched as they are really written. A name key's skeleton now holds every reading of the name's
-- words (NameKeys.allReadings), and slips the keys that find a word despite a dropped, doubled or swapped letter
-- (NameKeys.slipKeys), which the search and the pickers compare by array overlap. The search index rebuilds its rows
-- at start (SearchIndex.REVISION); the duplicate queue's keys are made differently too, so every record is noted
-- for NameIndex to compute them again at start.
alter table name_key add column slips text[] not null default '{}';
create index name_key_slips on name_key using gin (slips);

insert into identity_stale (subject_type, subject_id) select 'person', id from person on conflict do nothing;
insert into identity_stale (subject_type, subject_id) select 'organization', id from organization on conflict do nothing;
