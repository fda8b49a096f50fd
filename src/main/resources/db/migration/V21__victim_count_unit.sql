-- A victim count says what it counts: persons ("more than 200 people"), organisations ("12 NGOs were inspected"), or
-- it does not say ("30 detentions", of whom the report does not tell). Counts recorded before this column existed
-- were all read as persons, and so they stay; only a count of persons is counted as persons by the statistics.
alter table incident add column victim_count_unit text
    check (victim_count_unit in ('persons', 'organizations', 'unknown'));

update incident set victim_count_unit = 'persons' where victim_count is not null;

alter table incident add constraint incident_victim_count_unit_with_count
    check ((victim_count is null) = (victim_count_unit is null));
