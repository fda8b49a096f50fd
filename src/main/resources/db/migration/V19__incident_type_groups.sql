-- The incident-type picker offers about sixty types in groups a monitor recognises, and the types the 2021 briefing
-- needed but did not find: a release, a change of sentence, the suspension of an organisation. A term without a
-- group (one an administrator adds) is offered under "Other".
alter table vocabulary_term add column category text check (category ~ '^[a-z][a-z_]{0,39}$');

insert into vocabulary_term (vocabulary, code, label_en, label_ru, label_kk, sort_order) values
    ('incident_type', 'release',                    'Release from custody',                        'Освобождение из-под стражи',                        'Қамаудан босату',                           75),
    ('incident_type', 'sentence_change',            'Change of sentence (conversion, parole, pardon…)', 'Изменение наказания (замена, УДО, помилование…)', 'Жазаны өзгерту (ауыстыру, ШМБ, кешірім…)', 135),
    ('incident_type', 'suspension_of_organization', 'Suspension of an organisation',               'Приостановление деятельности организации',          'Ұйымның қызметін тоқтата тұру',             415)
on conflict (vocabulary, code) do nothing;

update vocabulary_term set category = case
    when code in ('detention', 'administrative_arrest', 'pre_trial_detention', 'house_arrest', 'psychiatric_detention',
                  'travel_ban', 'abduction', 'release') then 'liberty'
    when code in ('death_in_custody', 'torture', 'ill_treatment', 'denial_of_medical_care', 'punishment_in_custody',
                  'denial_of_parole', 'sentence_change') then 'custody'
    when code in ('search', 'device_seizure', 'interrogation', 'summons', 'preventive_conversation', 'home_visit',
                  'warning', 'threat', 'pressure_on_relatives', 'surveillance', 'account_hacking', 'attack',
                  'property_damage') then 'pressure'
    when code in ('fine', 'criminal_charge', 'sentence', 'defamation_lawsuit', 'dismissal', 'asset_freeze',
                  'extremist_list_inclusion', 'deportation_or_extradition', 'citizenship_deprivation') then 'prosecution'
    when code in ('dispersal', 'kettling', 'meeting_disruption', 'obstruction_of_journalist', 'media_closure')
        then 'assembly_and_media'
    when code in ('ban_of_organization', 'suspension_of_organization', 'denial_of_registration', 'blocking',
                  'content_removal', 'internet_shutdown') then 'organisations_and_online'
end
where vocabulary = 'incident_type';
