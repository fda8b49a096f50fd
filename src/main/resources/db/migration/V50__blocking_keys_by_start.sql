-- Duplicate candidates (identity.NameIndex.keys): a word of a name is now keyed with the start of each other word
-- within one slip (its first three letters, and each with one letter left out), no longer with each of the other
-- word's first two letters alone. The one-letter keys made blocks of every "Kairat N…" and every "Kairat …u…": at
-- 100,000 incidents the candidates of a 100,000-row persons' sheet took minutes to read and score, almost all of them
-- two different people. On the labelled pairs of issue 14 the queue proposes exactly the same pairs as before.
-- Every person and organisation is noted for NameIndex to compute its keys and pairs again at start.
insert into identity_stale (subject_type, subject_id) select 'person', id from person on conflict do nothing;
insert into identity_stale (subject_type, subject_id) select 'organization', id from organization on conflict do nothing;
