-- A conviction whose sentence the source does not give is recorded as such, on purpose: a verdict "convicted"
-- without a sentence is otherwise refused, so that a sentence is never left out by oversight. Convictions recorded
-- before without a sentence said exactly that (the sentence was left out because it was not known).
alter table case_stage add column sentence_unknown boolean not null default false;

update case_stage s set sentence_unknown = true
where s.kind = 'verdict' and s.outcome = 'convicted'
  and not exists (select 1 from sentence_component c where c.stage_id = s.id);
