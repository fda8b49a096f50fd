-- An organisation may be part of another: a regional branch of a movement, a district court of the judiciary, a
-- department of a ministry. Its own row says so; the organisation's store keeps the chain free of cycles.
alter table organization add column parent_id bigint references organization (id) check (parent_id <> id);
create index organization_parent on organization (parent_id);
