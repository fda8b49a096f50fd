-- One word or phrase of a query under every form the vector holds, as V11 defined it, but each distinct form once.
-- The five forms of a word are most often the same lexeme ("detained" in English, as written and in Latin gives
-- 'detain' | 'detained' | 'detained' | 'detained' | 'detained'); every repeated form made matching and ranking
-- (ts_rank_cd reads the document for each item of the query) do the same work again. At 100,000 incidents, ranking
-- the 6,000 matches of "detained Almaty" took 263 ms with the repeated forms and 77 ms without, for the same ranks.
-- The same documents match: an OR of the same forms. Forms without a lexeme (a stop word's stem) are left out, as
-- || left them out; when no form has one the term is the empty query, as before.
create or replace function search_term(words text, latin text, skeleton text, prefix boolean) returns tsquery
    language sql stable
    set search_path = public, pg_temp
as $$
    select coalesce(string_agg(distinct '(' || form::text || ')', ' | ')::tsquery, phraseto_tsquery('simple', ''))
    from unnest(case when prefix then array[
            -- the application passes a single word of letters and digits for a prefix term
            to_tsquery('english'::regconfig, unaccent(words) || ':*'),
            to_tsquery('russian'::regconfig, words || ':*'),
            to_tsquery('simple'::regconfig, unaccent(words) || ':*'),
            to_tsquery('simple'::regconfig, latin || ':*'),
            to_tsquery('simple'::regconfig, skeleton || ':*')]
        else array[
            phraseto_tsquery('english'::regconfig, unaccent(words)),
            phraseto_tsquery('russian'::regconfig, words),
            phraseto_tsquery('simple'::regconfig, unaccent(words)),
            phraseto_tsquery('simple'::regconfig, latin),
            phraseto_tsquery('simple'::regconfig, skeleton)] end) as form
    where numnode(form) > 0
$$;
