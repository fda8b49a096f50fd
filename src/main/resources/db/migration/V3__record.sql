-- The record: sources, organisations, persons, events, incidents, legal cases, interventions, users.
-- Every top-level record has a stable string key (for the interchange bundle), a confidentiality level,
-- a version for optimistic locking, and soft deletion with a reason.

create domain date_precision as text check (value in ('day', 'month', 'year', 'approximate'));
create domain confidentiality_level as text check (value in ('public', 'internal', 'confidential'));
create domain record_key as text check (value ~ '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$');
-- {"original": "en", "en": "...", "ru": "...", "kk": "..."}
create domain localized_text as jsonb check (value is null or (
    jsonb_typeof(value) = 'object' and value ? 'original' and value->>'original' in ('en', 'ru', 'kk')
    and value ? (value->>'original')));

-- A month-precise date is the 1st of its month, a year-precise one 1 January.
create function precise_date_ok(d date, p text) returns boolean language sql immutable as $$
    select d is null or p is null
        or (p = 'month' and extract(day from d) = 1)
        or (p = 'year' and extract(doy from d) = 1)
        or p in ('day', 'approximate')
$$;

create table app_user (
    id                   bigint generated always as identity primary key,
    username             text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name         text,
    password_hash        text not null,
    role                 text not null check (role in ('admin', 'editor', 'reviewer', 'viewer')),
    must_change_password boolean not null default false,
    enabled              boolean not null default true,
    created_at           timestamptz not null default now(),
    last_login_at        timestamptz
);

-- Personal API tokens. Only a SHA-256 of the token is kept: tokens are long random strings, so a fast
-- hash is enough and lets every request be checked cheaply.
create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    name         text not null,
    token_hash   text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    token_prefix text not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);

create table source (
    id                     bigint generated always as identity primary key,
    key                    record_key not null unique,
    url                    text check (url ~ '^https?://'),
    title                  localized_text,
    outlet                 text,
    language               text check (language ~ '^[a-z]{2}$'),
    kind_id                bigint not null references vocabulary_term (id),
    published_on           date,
    published_on_precision date_precision,
    accessed_on            date,
    reliability            text not null default 'unknown' check (reliability in ('high', 'medium', 'low', 'unknown')),
    archive_url            text,
    archive_sha256         text check (archive_sha256 ~ '^[0-9a-f]{64}$'),
    confidentiality        confidentiality_level not null default 'internal',
    version                integer not null default 1,
    created_at             timestamptz not null default now(),
    created_by             bigint references app_user (id),
    updated_at             timestamptz not null default now(),
    updated_by             bigint references app_user (id),
    deleted_at             timestamptz,
    deleted_by             bigint references app_user (id),
    deleted_reason         text,
    check (url is not null or title is not null),
    check (precise_date_ok(published_on, published_on_precision))
);

create table organization (
    id              bigint generated always as identity primary key,
    key             record_key not null unique,
    name            text not null check (length(trim(name)) > 0),
    kind_id         bigint not null references vocabulary_term (id),
    place_id        bigint references place (id),
    description     localized_text,
    confidentiality confidentiality_level not null default 'internal',
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    created_by      bigint references app_user (id),
    updated_at      timestamptz not null default now(),
    updated_by      bigint references app_user (id),
    deleted_at      timestamptz,
    deleted_by      bigint references app_user (id),
    deleted_reason  text
);

create table organization_name (
    id              bigint generated always as identity primary key,
    organization_id bigint not null references organization (id) on delete cascade,
    position        integer not null,
    name            text not null check (length(trim(name)) > 0),
    script          text check (script ~ '^[A-Z][a-z]{3}$'),
    lang            text check (lang ~ '^[a-z]{2}$'),
    kind            text not null default 'alias' check (kind in ('name', 'abbreviation', 'alias', 'translation', 'former_name')),
    unique (organization_id, position)
);

create table organization_status (
    id                 bigint generated always as identity primary key,
    organization_id    bigint not null references organization (id) on delete cascade,
    position           integer not null,
    status             text not null check (status in ('founded', 'registered', 'registration_denied', 'suspended', 'banned',
                           'banned_extremist', 'banned_terrorist', 'dissolved', 'liquidated', 'renamed', 'reactivated')),
    date               date not null,
    date_precision     date_precision not null default 'day',
    decided_by_id      bigint references organization (id),
    decided_by_text    text,
    note               localized_text,
    unique (organization_id, position),
    check (precise_date_ok(date, date_precision))
);

create table contact (
    id              bigint generated always as identity primary key,
    key             record_key not null unique,
    organization_id bigint references organization (id),
    name            text not null check (length(trim(name)) > 0),
    position        text,
    address         text,
    email           text,
    phone           text,
    url             text,
    confidentiality confidentiality_level not null default 'internal',
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    created_by      bigint references app_user (id),
    updated_at      timestamptz not null default now(),
    updated_by      bigint references app_user (id),
    deleted_at      timestamptz,
    deleted_by      bigint references app_user (id),
    deleted_reason  text
);

create table person (
    id                 bigint generated always as identity primary key,
    key                record_key not null unique,
    name               text not null check (length(trim(name)) > 0),
    gender             text not null default 'unknown' check (gender in ('female', 'male', 'other', 'unknown')),
    birth_year         integer check (birth_year between 1850 and 2100),
    place_id           bigint references place (id),
    description        localized_text,
    -- fields under field-level protection (encrypted at rest by the security work)
    contacts           text,
    address            text,
    date_of_birth      date,
    consent_to_publish text not null default 'unknown' check (consent_to_publish in ('yes', 'no', 'unknown')),
    consent_notes      text,
    confidentiality    confidentiality_level not null default 'internal',
    version            integer not null default 1,
    created_at         timestamptz not null default now(),
    created_by         bigint references app_user (id),
    updated_at         timestamptz not null default now(),
    updated_by         bigint references app_user (id),
    deleted_at         timestamptz,
    deleted_by         bigint references app_user (id),
    deleted_reason     text
);

create table person_name (
    id        bigint generated always as identity primary key,
    person_id bigint not null references person (id) on delete cascade,
    position  integer not null,
    name      text not null check (length(trim(name)) > 0),
    script    text check (script ~ '^[A-Z][a-z]{3}$'),
    lang      text check (lang ~ '^[a-z]{2}$'),
    kind      text not null default 'spelling' check (kind in ('spelling', 'transliteration', 'patronymic_form', 'nickname',
                  'birth_name', 'former_name')),
    unique (person_id, position)
);

create table person_role (
    person_id bigint not null references person (id) on delete cascade,
    term_id   bigint not null references vocabulary_term (id),
    primary key (person_id, term_id)
);

create table person_vulnerability (
    person_id bigint not null references person (id) on delete cascade,
    term_id   bigint not null references vocabulary_term (id),
    primary key (person_id, term_id)
);

create table membership (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references person (id) on delete cascade,
    position        integer not null,
    organization_id bigint not null references organization (id),
    kind            text not null check (kind in ('member', 'founder', 'leader', 'supporter', 'staff', 'lawyer')),
    alleged         boolean not null default false,
    from_date       date,
    from_precision  date_precision,
    until_date      date,
    until_precision date_precision,
    unique (person_id, position),
    check (precise_date_ok(from_date, from_precision) and precise_date_ok(until_date, until_precision)),
    check (until_date is null or from_date is null or until_date >= from_date)
);

create table assessment (
    id               bigint generated always as identity primary key,
    person_id        bigint not null references person (id) on delete cascade,
    position         integer not null,
    date             date not null,
    date_precision   date_precision not null default 'day',
    assessed_by_id   bigint references organization (id),
    assessed_by_text text,
    conclusion       text not null check (conclusion in ('political_prisoner', 'prisoner_of_conscience',
                         'politically_motivated_prosecution', 'not_political_prisoner', 'under_review')),
    criteria         text,
    note             localized_text,
    unique (person_id, position),
    check (precise_date_ok(date, date_precision))
);

create table event (
    id                 bigint generated always as identity primary key,
    key                record_key not null unique,
    title              localized_text not null,
    description        localized_text,
    date               date not null,
    date_precision     date_precision not null default 'day',
    end_date           date,
    end_date_precision date_precision,
    place_id           bigint references place (id),
    confidentiality    confidentiality_level not null default 'internal',
    version            integer not null default 1,
    created_at         timestamptz not null default now(),
    created_by         bigint references app_user (id),
    updated_at         timestamptz not null default now(),
    updated_by         bigint references app_user (id),
    deleted_at         timestamptz,
    deleted_by         bigint references app_user (id),
    deleted_reason     text,
    check (precise_date_ok(date, date_precision) and precise_date_ok(end_date, end_date_precision)),
    check (end_date is null or end_date >= date)
);

create table legal_case (
    id              bigint generated always as identity primary key,
    key             record_key not null unique,
    kind            text not null check (kind in ('criminal', 'administrative', 'civil')),
    number          text,
    title           localized_text,
    place_id        bigint references place (id),
    confidentiality confidentiality_level not null default 'internal',
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    created_by      bigint references app_user (id),
    updated_at      timestamptz not null default now(),
    updated_by      bigint references app_user (id),
    deleted_at      timestamptz,
    deleted_by      bigint references app_user (id),
    deleted_reason  text
);

create table case_party (
    id              bigint generated always as identity primary key,
    case_id         bigint not null references legal_case (id) on delete cascade,
    position        integer not null,
    person_id       bigint references person (id),
    organization_id bigint references organization (id),
    role            text not null check (role in ('defendant', 'plaintiff', 'claimant', 'respondent', 'victim', 'witness')),
    unique (case_id, position),
    check ((person_id is null) <> (organization_id is null))
);

create table charge (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references legal_case (id) on delete cascade,
    position     integer not null,
    defendant_id bigint references person (id),
    article_id   bigint not null references legal_article (id),
    part         text check (part ~ '^[0-9]+(\.[0-9]+)?$'),
    label        localized_text,
    status       text not null default 'brought' check (status in ('brought', 'dropped', 'convicted', 'acquitted')),
    unique (case_id, position)
);

create table case_stage (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references legal_case (id) on delete cascade,
    position           integer not null,
    kind               text not null check (kind in ('opened', 'summoned_as_witness', 'summoned_as_suspect', 'search',
                           'detained', 'charged', 'measure_of_restraint', 'measure_lifted', 'psychiatric_placement',
                           'psychiatric_release', 'trial_started', 'verdict', 'appeal', 'sentence_change', 'release',
                           'charges_dropped', 'closed', 'died')),
    date               date not null,
    date_precision     date_precision not null default 'day',
    end_date           date,
    end_date_precision date_precision,
    person_id          bigint references person (id),
    court_id           bigint references organization (id),
    court_text         text,
    judge              text,
    measure            text check (measure in ('pre_trial_detention', 'house_arrest', 'travel_ban', 'bail', 'police_supervision')),
    duration           text check (duration ~ '^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$' and duration <> 'P'),
    outcome            text check (outcome in ('convicted', 'acquitted', 'dismissed', 'claim_granted', 'claim_rejected',
                           'upheld', 'overturned', 'reduced', 'increased', 'pending', 'rejected')),
    change             text check (change in ('conversion', 'parole', 'early_release', 'pardon', 'amnesty', 'reduction',
                           'extension', 'denied')),
    reason             text check (reason in ('end_of_sentence', 'parole', 'health', 'amnesty', 'pardon', 'acquittal',
                           'measure_lifted', 'court_decision', 'other')),
    note               localized_text,
    unique (case_id, position),
    check (precise_date_ok(date, date_precision) and precise_date_ok(end_date, end_date_precision))
);

create table sentence_component (
    id       bigint generated always as identity primary key,
    stage_id bigint not null references case_stage (id) on delete cascade,
    position integer not null,
    kind     text not null check (kind in ('imprisonment', 'restriction_of_freedom', 'administrative_detention', 'fine',
                 'activity_ban', 'social_media_ban', 'forced_labour', 'community_service', 'probation',
                 'suspended_sentence', 'compensation', 'warning', 'compulsory_treatment', 'deprivation_of_citizenship')),
    duration text check (duration ~ '^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$' and duration <> 'P'),
    amount   numeric(18, 2) check (amount >= 0),
    currency text check (currency ~ '^[A-Z]{3}$'),
    regime   text,
    note     localized_text,
    unique (stage_id, position),
    check ((amount is null) = (currency is null))
);

create table incident (
    id                     bigint generated always as identity primary key,
    key                    record_key not null unique,
    title                  localized_text not null,
    narrative              localized_text,
    date                   date not null,
    date_precision         date_precision not null default 'day',
    end_date               date,
    end_date_precision     date_precision,
    place_id               bigint references place (id),
    place_detail           text,
    latitude               numeric(9, 6) check (latitude between -90 and 90),
    longitude              numeric(9, 6) check (longitude between -180 and 180),
    event_id               bigint references event (id),
    victim_count           integer check (victim_count >= 1),
    victim_count_qualifier text check (victim_count_qualifier in ('exact', 'at_least', 'more_than', 'about', 'up_to')),
    review_status          text not null default 'draft' check (review_status in ('draft', 'verified', 'published')),
    confidentiality        confidentiality_level not null default 'internal',
    version                integer not null default 1,
    created_at             timestamptz not null default now(),
    created_by             bigint references app_user (id),
    updated_at             timestamptz not null default now(),
    updated_by             bigint references app_user (id),
    deleted_at             timestamptz,
    deleted_by             bigint references app_user (id),
    deleted_reason         text,
    check ((victim_count is null) = (victim_count_qualifier is null)),
    check (precise_date_ok(date, date_precision) and precise_date_ok(end_date, end_date_precision)),
    check (end_date is null or end_date >= date)
);
create index incident_date on incident (date);
create index incident_place on incident (place_id);
create index incident_event on incident (event_id);

create table incident_type (
    incident_id bigint not null references incident (id) on delete cascade,
    term_id     bigint not null references vocabulary_term (id),
    primary key (incident_id, term_id)
);
create index incident_type_term on incident_type (term_id);

create table incident_right (
    incident_id bigint not null references incident (id) on delete cascade,
    term_id     bigint not null references vocabulary_term (id),
    primary key (incident_id, term_id)
);
create index incident_right_term on incident_right (term_id);

create table incident_victim (
    id              bigint generated always as identity primary key,
    incident_id     bigint not null references incident (id) on delete cascade,
    position        integer not null,
    person_id       bigint references person (id),
    organization_id bigint references organization (id),
    note            text,
    unique (incident_id, position),
    check ((person_id is null) <> (organization_id is null))
);
create index incident_victim_person on incident_victim (person_id);
create index incident_victim_organization on incident_victim (organization_id);

create table incident_perpetrator (
    id              bigint generated always as identity primary key,
    incident_id     bigint not null references incident (id) on delete cascade,
    position        integer not null,
    kind_id         bigint not null references vocabulary_term (id),
    organization_id bigint references organization (id),
    person_id       bigint references person (id),
    description     text,
    unique (incident_id, position)
);
create index incident_perpetrator_kind on incident_perpetrator (kind_id);

create table incident_article (
    incident_id bigint not null references incident (id) on delete cascade,
    position    integer not null,
    article_id  bigint not null references legal_article (id),
    part        text check (part ~ '^[0-9]+(\.[0-9]+)?$'),
    primary key (incident_id, position)
);
create index incident_article_article on incident_article (article_id);

create table incident_case (
    incident_id bigint not null references incident (id) on delete cascade,
    case_id     bigint not null references legal_case (id),
    primary key (incident_id, case_id)
);

create table intervention (
    id              bigint generated always as identity primary key,
    key             record_key not null unique,
    kind            text not null check (kind in ('appeal', 'urgent_appeal', 'complaint', 'communication', 'statement',
                        'letter', 'open_letter', 'petition')),
    date            date not null,
    date_precision  date_precision not null default 'day',
    sender_id       bigint references organization (id),
    sender_text     text,
    title           localized_text not null,
    summary         localized_text,
    response        localized_text,
    response_date   date,
    outcome         text not null default 'pending' check (outcome in ('pending', 'no_response', 'acknowledged', 'responded',
                        'action_taken', 'released', 'rejected')),
    confidentiality confidentiality_level not null default 'internal',
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    created_by      bigint references app_user (id),
    updated_at      timestamptz not null default now(),
    updated_by      bigint references app_user (id),
    deleted_at      timestamptz,
    deleted_by      bigint references app_user (id),
    deleted_reason  text,
    check (precise_date_ok(date, date_precision))
);

create table intervention_addressee (
    intervention_id bigint not null references intervention (id) on delete cascade,
    position        integer not null,
    contact_id      bigint not null references contact (id),
    primary key (intervention_id, position)
);

create table intervention_person (
    intervention_id bigint not null references intervention (id) on delete cascade,
    person_id       bigint not null references person (id),
    primary key (intervention_id, person_id)
);

create table intervention_incident (
    intervention_id bigint not null references intervention (id) on delete cascade,
    incident_id     bigint not null references incident (id),
    primary key (intervention_id, incident_id)
);

-- Evidence: any record, or a part of one, cites sources. subject_type/subject_id name what is cited
-- (e.g. 'incident', 42 or 'case_stage', 7); claim says which statement it supports.
create table citation (
    id           bigint generated always as identity primary key,
    subject_type text not null check (subject_type in ('incident', 'event', 'person', 'membership', 'assessment',
                     'organization', 'organization_status', 'legal_case', 'case_stage', 'intervention', 'contact')),
    subject_id   bigint not null,
    position     integer not null,
    source_id    bigint not null references source (id),
    claim        text,
    locator      text,
    unique (subject_type, subject_id, position)
);
create index citation_source on citation (source_id);
