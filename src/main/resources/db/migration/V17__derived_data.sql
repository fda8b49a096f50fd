-- One way to keep derived data current. History versions, search documents and identity keys now all follow the
-- one event RecordsChanged, published in the writing transaction for exactly the records written: by a form, the
-- API, a merge or a bundle import (which until now wrote records without history and re-indexed everything).

-- Identity keys are recomputed from the event (identity.NameIndex), no longer noted by triggers and caught up
-- before each duplicate query.
drop trigger person_identity_stale on person;
drop trigger person_name_identity_stale on person_name;
drop trigger organization_identity_stale on organization;
drop trigger organization_name_identity_stale on organization_name;
drop function identity_mark_stale();

-- identity_stale stays: the records whose keys are computed at the next start. It holds what the triggers noted
-- before this migration and not yet caught up; a later migration that changes how keys are made notes every
-- person and organisation here.
comment on table identity_stale is
    'Persons and organisations whose identity keys are recomputed at the next start (identity.NameIndex.catchUp)';

-- A record created or overwritten by a bundle import has a version of its own in its history.
alter table record_version drop constraint record_version_action_check;
alter table record_version add constraint record_version_action_check
    check (action in ('record_created', 'record_updated', 'record_deleted', 'record_reverted', 'record_imported'));
