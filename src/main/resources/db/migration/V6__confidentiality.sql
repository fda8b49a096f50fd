-- Confidentiality enforced by PostgreSQL: row-level security on every table of the record.
--
-- The application connects as a role that is neither superuser nor BYPASSRLS, and puts the acting user's
-- clearance and id on each connection (settings kuzet.clearance and kuzet.user_id, see ClearanceDataSource).
-- FORCE makes the policies bind the tables' owner too, for external servers where the application role owns
-- the schema. A setting that is missing or unknown counts as the public clearance: a mistake can only hide.
--
--   public        published, public incidents; public records; persons only with consent to publication
--   internal      public and internal records, and confidential records the user created
--   confidential  everything
--
-- Parts of a record (names, stages, victims, ...) are visible exactly when their record is. A visible record
-- may still refer to one the reader cannot see; the application withholds such references.

create function kuzet_clearance() returns text language sql stable as $$
    select case current_setting('kuzet.clearance', true)
               when 'confidential' then 'confidential'
               when 'internal' then 'internal'
               else 'public' end
$$;

create function kuzet_user_id() returns bigint language sql stable as $$
    select case when current_setting('kuzet.user_id', true) ~ '^[0-9]{1,18}$'
                then current_setting('kuzet.user_id', true)::bigint end
$$;

-- May the current reader see a record of this level, created by this user?
create function kuzet_may_see(level text, creator bigint) returns boolean language sql stable as $$
    select case kuzet_clearance()
               when 'confidential' then true
               when 'internal' then level <> 'confidential' or creator = kuzet_user_id()
               else level = 'public' end
$$;

alter table source enable row level security;
alter table source force row level security;
create policy source_read on source for select using (kuzet_may_see(confidentiality, created_by));
create policy source_insert on source for insert with check (kuzet_clearance() <> 'public');
create policy source_update on source for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy source_delete on source for delete using (kuzet_may_see(confidentiality, created_by));

alter table organization enable row level security;
alter table organization force row level security;
create policy organization_read on organization for select using (kuzet_may_see(confidentiality, created_by));
create policy organization_insert on organization for insert with check (kuzet_clearance() <> 'public');
create policy organization_update on organization for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy organization_delete on organization for delete using (kuzet_may_see(confidentiality, created_by));

alter table contact enable row level security;
alter table contact force row level security;
create policy contact_read on contact for select using (kuzet_may_see(confidentiality, created_by));
create policy contact_insert on contact for insert with check (kuzet_clearance() <> 'public');
create policy contact_update on contact for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy contact_delete on contact for delete using (kuzet_may_see(confidentiality, created_by));

alter table person enable row level security;
alter table person force row level security;
create policy person_read on person for select using (kuzet_may_see(confidentiality, created_by)
    and (kuzet_clearance() <> 'public' or consent_to_publish = 'yes'));
create policy person_insert on person for insert with check (kuzet_clearance() <> 'public');
create policy person_update on person for update using (kuzet_may_see(confidentiality, created_by)
    and (kuzet_clearance() <> 'public' or consent_to_publish = 'yes')) with check (kuzet_clearance() <> 'public');
create policy person_delete on person for delete using (kuzet_may_see(confidentiality, created_by)
    and (kuzet_clearance() <> 'public' or consent_to_publish = 'yes'));

alter table event enable row level security;
alter table event force row level security;
create policy event_read on event for select using (kuzet_may_see(confidentiality, created_by));
create policy event_insert on event for insert with check (kuzet_clearance() <> 'public');
create policy event_update on event for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy event_delete on event for delete using (kuzet_may_see(confidentiality, created_by));

alter table legal_case enable row level security;
alter table legal_case force row level security;
create policy legal_case_read on legal_case for select using (kuzet_may_see(confidentiality, created_by));
create policy legal_case_insert on legal_case for insert with check (kuzet_clearance() <> 'public');
create policy legal_case_update on legal_case for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy legal_case_delete on legal_case for delete using (kuzet_may_see(confidentiality, created_by));

alter table incident enable row level security;
alter table incident force row level security;
create policy incident_read on incident for select using (kuzet_may_see(confidentiality, created_by)
    and (kuzet_clearance() <> 'public' or review_status = 'published'));
create policy incident_insert on incident for insert with check (kuzet_clearance() <> 'public');
create policy incident_update on incident for update using (kuzet_may_see(confidentiality, created_by)
    and (kuzet_clearance() <> 'public' or review_status = 'published')) with check (kuzet_clearance() <> 'public');
create policy incident_delete on incident for delete using (kuzet_may_see(confidentiality, created_by)
    and (kuzet_clearance() <> 'public' or review_status = 'published'));

alter table intervention enable row level security;
alter table intervention force row level security;
create policy intervention_read on intervention for select using (kuzet_may_see(confidentiality, created_by));
create policy intervention_insert on intervention for insert with check (kuzet_clearance() <> 'public');
create policy intervention_update on intervention for update using (kuzet_may_see(confidentiality, created_by)) with check (kuzet_clearance() <> 'public');
create policy intervention_delete on intervention for delete using (kuzet_may_see(confidentiality, created_by));

alter table organization_name enable row level security;
alter table organization_name force row level security;
create policy organization_name_of_visible on organization_name using (exists (select 1 from organization r where r.id = organization_name.organization_id));

alter table organization_status enable row level security;
alter table organization_status force row level security;
create policy organization_status_of_visible on organization_status using (exists (select 1 from organization r where r.id = organization_status.organization_id));

alter table person_name enable row level security;
alter table person_name force row level security;
create policy person_name_of_visible on person_name using (exists (select 1 from person r where r.id = person_name.person_id));

alter table person_role enable row level security;
alter table person_role force row level security;
create policy person_role_of_visible on person_role using (exists (select 1 from person r where r.id = person_role.person_id));

alter table person_vulnerability enable row level security;
alter table person_vulnerability force row level security;
create policy person_vulnerability_of_visible on person_vulnerability using (exists (select 1 from person r where r.id = person_vulnerability.person_id));

alter table membership enable row level security;
alter table membership force row level security;
create policy membership_of_visible on membership using (exists (select 1 from person r where r.id = membership.person_id));

alter table assessment enable row level security;
alter table assessment force row level security;
create policy assessment_of_visible on assessment using (exists (select 1 from person r where r.id = assessment.person_id));

alter table case_party enable row level security;
alter table case_party force row level security;
create policy case_party_of_visible on case_party using (exists (select 1 from legal_case r where r.id = case_party.case_id));

alter table charge enable row level security;
alter table charge force row level security;
create policy charge_of_visible on charge using (exists (select 1 from legal_case r where r.id = charge.case_id));

alter table case_stage enable row level security;
alter table case_stage force row level security;
create policy case_stage_of_visible on case_stage using (exists (select 1 from legal_case r where r.id = case_stage.case_id));

alter table sentence_component enable row level security;
alter table sentence_component force row level security;
create policy sentence_component_of_visible on sentence_component using (exists (select 1 from case_stage r where r.id = sentence_component.stage_id));

alter table incident_type enable row level security;
alter table incident_type force row level security;
create policy incident_type_of_visible on incident_type using (exists (select 1 from incident r where r.id = incident_type.incident_id));

alter table incident_right enable row level security;
alter table incident_right force row level security;
create policy incident_right_of_visible on incident_right using (exists (select 1 from incident r where r.id = incident_right.incident_id));

alter table incident_victim enable row level security;
alter table incident_victim force row level security;
create policy incident_victim_of_visible on incident_victim using (exists (select 1 from incident r where r.id = incident_victim.incident_id));

alter table incident_perpetrator enable row level security;
alter table incident_perpetrator force row level security;
create policy incident_perpetrator_of_visible on incident_perpetrator using (exists (select 1 from incident r where r.id = incident_perpetrator.incident_id));

alter table incident_article enable row level security;
alter table incident_article force row level security;
create policy incident_article_of_visible on incident_article using (exists (select 1 from incident r where r.id = incident_article.incident_id));

alter table incident_case enable row level security;
alter table incident_case force row level security;
create policy incident_case_of_visible on incident_case using (exists (select 1 from incident r where r.id = incident_case.incident_id));

alter table intervention_addressee enable row level security;
alter table intervention_addressee force row level security;
create policy intervention_addressee_of_visible on intervention_addressee using (exists (select 1 from intervention r where r.id = intervention_addressee.intervention_id));

alter table intervention_person enable row level security;
alter table intervention_person force row level security;
create policy intervention_person_of_visible on intervention_person using (exists (select 1 from intervention r where r.id = intervention_person.intervention_id));

alter table intervention_incident enable row level security;
alter table intervention_incident force row level security;
create policy intervention_incident_of_visible on intervention_incident using (exists (select 1 from intervention r where r.id = intervention_incident.intervention_id));

-- A citation is visible when what it cites is.
alter table citation enable row level security;
alter table citation force row level security;
create policy citation_of_visible on citation using (case subject_type
    when 'incident' then exists (select 1 from incident r where r.id = citation.subject_id)
    when 'event' then exists (select 1 from event r where r.id = citation.subject_id)
    when 'person' then exists (select 1 from person r where r.id = citation.subject_id)
    when 'membership' then exists (select 1 from membership r where r.id = citation.subject_id)
    when 'assessment' then exists (select 1 from assessment r where r.id = citation.subject_id)
    when 'organization' then exists (select 1 from organization r where r.id = citation.subject_id)
    when 'organization_status' then exists (select 1 from organization_status r where r.id = citation.subject_id)
    when 'legal_case' then exists (select 1 from legal_case r where r.id = citation.subject_id)
    when 'case_stage' then exists (select 1 from case_stage r where r.id = citation.subject_id)
    when 'intervention' then exists (select 1 from intervention r where r.id = citation.subject_id)
    when 'contact' then exists (select 1 from contact r where r.id = citation.subject_id)
    else false end);
