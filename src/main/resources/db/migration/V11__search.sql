-- One search across the record (org.kuzet.search).
--
-- search_document holds one row per live incident, person, organisation, legal case, source and event: its
-- weighted text vector, what a result shows (title, date, the text snippets come from) and its facet values. The
-- application keeps it in the record change's own transaction (SearchIndex listens to RecordChanged), because
-- the vector needs the Latin transliteration of Kazakh and Russian (ICU4J, in Java), which no trigger can compute.
--
-- name_key holds every name variant of persons and organisations with its Latin transliteration and its
-- spelling skeleton (NameKeys), under trigram indexes, so that "Мамай", "Mamaj" and "Mamay" meet.
--
-- Both tables are visible exactly when their record is (the record's own row-level security decides, deleted
-- records never), so a search, its counts and its facets only ever see what the reader may see.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

create domain search_subject as text check (value in ('incident', 'person', 'organization', 'legal_case', 'source', 'event'));

create table search_document (
    subject_type search_subject not null,
    subject_id   bigint not null,
    key          text not null,
    -- {"en": ..., "ru": ..., "kk": ..., "original": ...}, as the record has it (or the name, under "original")
    title        jsonb not null,
    date         date,
    -- the texts a snippet is cut from (descriptions, narratives in every language)
    body         text not null default '',
    -- names and titles folded three ways (lower-case unaccented, Latin, skeleton): an exact name match ranks first
    exact        text[] not null default '{}',
    -- "type:incident", "right:expression", "region:kz-almaty" (and every place above it), "year:2018", ...
    facets       text[] not null default '{}',
    document     tsvector not null,
    -- the version of the index builder that wrote the row: a newer builder rebuilds older rows at start
    revision     integer not null,
    primary key (subject_type, subject_id)
);
create index search_document_text on search_document using gin (document);
create index search_document_facets on search_document using gin (facets);
create index search_document_exact on search_document using gin (exact);
create index search_document_date on search_document (date);

create table name_key (
    id           bigint generated always as identity primary key,
    subject_type search_subject not null check (subject_type in ('person', 'organization')),
    subject_id   bigint not null,
    variant      text not null,
    latin        text not null,
    skeleton     text not null
);
create index name_key_subject on name_key (subject_type, subject_id);
create index name_key_latin on name_key using gin (latin gin_trgm_ops);
create index name_key_skeleton on name_key using gin (skeleton gin_trgm_ops);

-- Is the live record (subject_type, subject_id) visible to the current reader? Its table's policies decide.
create function search_subject_visible(subject_type text, subject_id bigint) returns boolean language sql stable as $$
    select case subject_type
        when 'incident' then exists (select 1 from incident r where r.id = subject_id and r.deleted_at is null)
        when 'person' then exists (select 1 from person r where r.id = subject_id and r.deleted_at is null)
        when 'organization' then exists (select 1 from organization r where r.id = subject_id and r.deleted_at is null)
        when 'legal_case' then exists (select 1 from legal_case r where r.id = subject_id and r.deleted_at is null)
        when 'source' then exists (select 1 from source r where r.id = subject_id and r.deleted_at is null)
        when 'event' then exists (select 1 from event r where r.id = subject_id and r.deleted_at is null)
        else false end
$$;

alter table search_document enable row level security;
alter table search_document force row level security;
create policy search_document_of_visible on search_document
    using (search_subject_visible(subject_type, subject_id));

alter table name_key enable row level security;
alter table name_key force row level security;
create policy name_key_of_visible on name_key
    using (search_subject_visible(subject_type, subject_id));

-- The text vector of one weight: English and Russian stemming, the words as written without accents, and the
-- Latin and skeleton forms the application passes as {@code folded}. Russian is stemmed as written: unaccent
-- would turn й into и and spoil the Russian stems.
create function search_vector(body text, folded text, weight "char") returns tsvector language sql stable as $$
    select setweight(to_tsvector('english'::regconfig, unaccent(coalesce(body, '')))
        || to_tsvector('russian'::regconfig, coalesce(body, ''))
        || to_tsvector('simple'::regconfig, unaccent(coalesce(body, '')))
        || to_tsvector('simple'::regconfig, coalesce(folded, '')), weight)
$$;

-- One word or phrase of a query under every form the vector holds (see search_vector): as written, stemmed in
-- English and Russian, and in its Latin and skeleton forms, which the application computes.
create function search_term(words text, latin text, skeleton text, prefix boolean) returns tsquery language sql stable as $$
    select case when prefix then
            -- the application passes a single word of letters and digits for a prefix term
            to_tsquery('english'::regconfig, unaccent(words) || ':*')
            || to_tsquery('russian'::regconfig, words || ':*')
            || to_tsquery('simple'::regconfig, unaccent(words) || ':*')
            || to_tsquery('simple'::regconfig, latin || ':*')
            || to_tsquery('simple'::regconfig, skeleton || ':*')
        else
            phraseto_tsquery('english'::regconfig, unaccent(words))
            || phraseto_tsquery('russian'::regconfig, words)
            || phraseto_tsquery('simple'::regconfig, unaccent(words))
            || phraseto_tsquery('simple'::regconfig, latin)
            || phraseto_tsquery('simple'::regconfig, skeleton)
        end
$$;

-- Every language of a localized text, for the index.
create function search_texts(t jsonb) returns text language sql immutable as $$
    select concat_ws(' ', t->>'en', t->>'ru', t->>'kk')
$$;

-- A place and every place it lies in, nearest first.
create function search_place_chain(place bigint) returns table (code text, name_en text, name_ru text, name_kk text)
language sql stable as $$
    with recursive chain (id, parent_id, code, name_en, name_ru, name_kk, depth) as (
        select p.id, p.parent_id, p.code, p.name_en, p.name_ru, p.name_kk, 0 from place p where p.id = place
        union all
        select p.id, p.parent_id, p.code, p.name_en, p.name_ru, p.name_kk, c.depth + 1
        from place p join chain c on p.id = c.parent_id where c.depth < 10)
    select code, name_en, name_ru, name_kk from chain order by depth
$$;

-- The region facet values of a place: the place and every place above it, so that a region finds its towns.
create function search_place_facets(place bigint) returns text[] language sql stable as $$
    select coalesce(array_agg('region:' || code), '{}') from search_place_chain(place)
$$;

create function search_place_names(place bigint) returns text language sql stable as $$
    select string_agg(concat_ws(' ', name_en, name_ru, name_kk), ' ') from search_place_chain(place)
$$;
