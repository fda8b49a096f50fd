-- Issue 14 item 3: organisations' names are compared word by word across English, Russian and Kazakh, and their
-- abbreviations against their initials in each language (names/organization-words.tsv). Their duplicate keys are
-- made differently, so every organisation is noted for NameIndex to compute them again at start.
insert into identity_stale (subject_type, subject_id) select 'organization', id from organization on conflict do nothing;
