-- Legal cases, events and interventions through the API.

-- The bundle carries responseDate + responseDatePrecision ("a reply in May 2019"); V3 kept only the date.
alter table intervention add column response_date_precision date_precision;
alter table intervention add constraint intervention_response_date_precise
    check (precise_date_ok(response_date, response_date_precision));

-- The list filters: cases of a person or under an article, interventions for a person, events by date.
create index case_party_person on case_party (person_id);
create index charge_article on charge (article_id);
create index intervention_person_person on intervention_person (person_id);
create index event_date on event (date);
