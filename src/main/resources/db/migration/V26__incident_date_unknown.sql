-- An incident whose sources give no date is recorded with its date unknown: date and precision both null, and no
-- end date. Such incidents match no period (a date filter, a statistic's period, a report's quarter) and are listed
-- after the dated ones; nothing invents a date for them.
alter table incident alter column date drop not null;
alter table incident alter column date_precision drop not null;
alter table incident add constraint incident_date_known_or_unknown check ((date is null) = (date_precision is null));
alter table incident add constraint incident_no_end_without_date check (date is not null or end_date is null);

-- The incident list's default order, newest first with the undated last, read from one index.
create index incident_newest on incident (date desc nulls last, id desc);
