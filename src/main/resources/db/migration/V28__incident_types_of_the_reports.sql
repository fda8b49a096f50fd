-- Incident types and rights that the corpus reports need and that only the demo record brought: a new bureau
-- documenting a restrictive law, harassment, a denial of prison visits or a death in unclear circumstances found no
-- type for it. Laws and official decisions get a group of their own in the type picker. The demo record's terms
-- keep these codes, so importing it changes nothing but what it says of them.
insert into vocabulary_term (vocabulary, code, label_en, label_ru, label_kk, sort_order, category) values
    ('incident_type', 'prevented_from_travelling', 'Prevented from travelling',           'Воспрепятствование поездке',                   'Сапарға шығуға кедергі келтіру',          65,  'liberty'),
    ('incident_type', 'denial_of_visits',          'Denial of visits',                    'Отказ в свиданиях',                            'Кездесуге рұқсат бермеу',                 125, 'custody'),
    ('incident_type', 'forced_confession',         'Forced confession',                   'Принуждение к признанию',                      'Мойындауға мәжбүрлеу',                    127, 'custody'),
    ('incident_type', 'identity_check',            'Stop and identity check',             'Остановка и проверка документов',              'Тоқтатып, құжаттарын тексеру',            195, 'pressure'),
    ('incident_type', 'harassment',                'Harassment',                          'Преследование',                                'Қудалау',                                 225, 'pressure'),
    ('incident_type', 'suspicious_death',          'Death in unclear circumstances',      'Гибель при невыясненных обстоятельствах',      'Белгісіз жағдайда қаза табу',             255, 'pressure'),
    ('incident_type', 'administrative_charge',     'Administrative charge',               'Привлечение к административной ответственности', 'Әкімшілік жауапкершілікке тарту',       275, 'prosecution'),
    ('incident_type', 'civil_lawsuit',             'Retaliatory civil lawsuit',           'Гражданский иск в целях преследования',        'Қудалау мақсатындағы азаматтық талап',    305, 'prosecution'),
    ('incident_type', 'denial_of_asylum',          'Denial of asylum',                    'Отказ в предоставлении убежища',               'Баспана беруден бас тарту',               345, 'prosecution'),
    ('incident_type', 'forced_closure',            'Forced closure of an organisation',   'Вынужденное закрытие организации',             'Ұйымды мәжбүрлеп жабу',                   417, 'organisations_and_online'),
    ('incident_type', 'restrictive_legislation',   'Restrictive legislation',             'Ограничительное законодательство',             'Шектеуші заңнама',                        450, 'laws_and_decisions'),
    ('incident_type', 'strike_declared_unlawful',  'Strike declared unlawful',            'Признание забастовки незаконной',              'Ереуілді заңсыз деп тану',                460, 'laws_and_decisions'),
    ('right',         'asylum',                    'Right to seek asylum',                'Право на убежище',                             'Баспана сұрау құқығы',                    190, null),
    ('right',         'right_to_nationality',      'Right to a nationality',              'Право на гражданство',                         'Азаматтық алу құқығы',                    200, null)
on conflict (vocabulary, code) do update set category = excluded.category,
    label_kk = coalesce(vocabulary_term.label_kk, excluded.label_kk);
