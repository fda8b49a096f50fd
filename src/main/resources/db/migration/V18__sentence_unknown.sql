-- A conviction whose sentence the source does not give is recorded as such, on purpose: a verdict "convicted"
-- without a sentence is otherwise refused, so that a sentence is never left out by oversight.
alter table case_stage add column sentence_unknown boolean not null default false;
