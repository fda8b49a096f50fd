-- Links read from the side of the record they point to had no index on that side, so each such read went through
-- the whole link table: "the incidents of a person" (as perpetrator) or "of an organisation" (as victim's
-- organisation, perpetrator), the person page's timeline, the cases of a party organisation or of a court, the
-- interventions about an incident, and the check for live references before a record is deleted. At the 100k
-- benchmark scale the incident list of one organisation took 420 ms, of one person 365 ms, against about 10 ms
-- through these indexes. Partial where the link is one of two kinds (a person or an organisation).
create index incident_perpetrator_person on incident_perpetrator (person_id) where person_id is not null;
create index incident_perpetrator_organization on incident_perpetrator (organization_id) where organization_id is not null;
create index membership_organization on membership (organization_id);
create index case_party_organization on case_party (organization_id) where organization_id is not null;
create index case_stage_court on case_stage (court_id) where court_id is not null;
create index incident_case_case on incident_case (case_id);
create index intervention_incident_incident on intervention_incident (incident_id);
create index intervention_sender on intervention (sender_id) where sender_id is not null;
create index intervention_addressee_contact on intervention_addressee (contact_id);
create index contact_organization on contact (organization_id) where organization_id is not null;
create index assessment_assessed_by on assessment (assessed_by_id) where assessed_by_id is not null;
create index organization_status_decided_by on organization_status (decided_by_id) where decided_by_id is not null;
