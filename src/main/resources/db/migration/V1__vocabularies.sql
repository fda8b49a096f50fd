-- Controlled, multilingual vocabularies. Labels in English and Russian are required, Kazakh where known.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table vocabulary_term (
    id          bigint generated always as identity primary key,
    vocabulary  text    not null check (vocabulary in ('incident_type', 'right', 'role', 'perpetrator_kind',
                                                      'organization_kind', 'source_kind', 'vulnerability')),
    code        text    not null check (code ~ '^[a-z][a-z0-9_]*$'),
    label_en    text    not null,
    label_ru    text    not null,
    label_kk    text,
    sort_order  integer not null default 0,
    active      boolean not null default true,
    unique (vocabulary, code)
);

-- Articles of the codes of Kazakhstan that the record cites (charges, incidents).
create table legal_article (
    id        bigint generated always as identity primary key,
    code      text not null check (code in ('CC', 'AC', 'CPC', 'CONST')),
    article   text not null check (article ~ '^[0-9]+(-[0-9]+)?$'),
    label_en  text not null,
    label_ru  text not null,
    label_kk  text,
    unique (code, article)
);

-- Places: the country, its regions and cities of republican significance, settlements.
create table place (
    id           bigint generated always as identity primary key,
    code         text not null unique check (code ~ '^[a-z0-9][a-z0-9-]*$'),
    kind         text not null check (kind in ('country', 'region', 'city_of_republican_significance',
                                               'city', 'town', 'village', 'district')),
    parent_id    bigint references place (id),
    name_en      text not null,
    name_ru      text not null,
    name_kk      text,
    -- [{"name": "Nur-Sultan", "lang": "en", "from": "2019-03-23", "until": "2022-09-17"}, ...]
    former_names jsonb not null default '[]'::jsonb,
    latitude     numeric(9, 6),
    longitude    numeric(9, 6)
);
create index place_parent on place (parent_id);
