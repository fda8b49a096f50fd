-- A monitor meets an article the vocabulary does not have yet ("CC 423"): they propose it with the offence as the
-- source writes it, use it at once, and an administrator confirms it (its labels in every language) later.
alter table legal_article add column proposed_by bigint references app_user (id),
                          add column proposed_at timestamptz;
