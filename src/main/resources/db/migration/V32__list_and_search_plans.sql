-- Plans of the list pages and of search at scale (issue 16).
--
-- 1. Trigram similarity is costed as cheap as an equality (cost 1), so on a record of a few thousand names the
--    planner read every name key and computed each word's similarity to it (780 ms at 10k incidents) rather than
--    use the trigram indexes (60 ms). Their real cost is that of a small computation per row; 100 tells the
--    planner so. Altering an extension's function needs its owner: where the migrations do not run as a superuser
--    (an external server), a superuser may run the same statements once, as for afterMigrate.sql's (docs/security.md
--    §4); without them search stays correct, only slower.
do $$
declare
    fn text;
begin
    if not (select rolsuper from pg_roles where rolname = current_user) then
        return;
    end if;
    foreach fn in array array['word_similarity(text, text)', 'word_similarity_op(text, text)',
            'word_similarity_commutator_op(text, text)', 'similarity(text, text)', 'similarity_op(text, text)'] loop
        if to_regprocedure(fn) is not null then
            execute 'alter function ' || fn || ' cost 100';
        end if;
    end loop;
end
$$;

-- 2. The person list's name filter (q: the name, any name variant or the key contains the text) read every person
--    and every name variant. Trigram indexes answer "contains" through ILIKE; under row-level security PostgreSQL
--    uses them only when ILIKE is leakproof, which it is: its result, or its error on a malformed pattern, depends
--    on the pattern alone and says nothing of the row (marked where the migrations run as a superuser, as
--    afterMigrate.sql does for the search operators; elsewhere the filter stays correct, only slower).
do $$
begin
    if (select rolsuper from pg_roles where rolname = current_user) then
        alter function pg_catalog.texticlike(text, text) leakproof;
    end if;
end
$$;

create index person_name_contains on person using gin (name gin_trgm_ops);
create index person_key_contains on person using gin (key gin_trgm_ops);
create index person_name_variant_contains on person_name using gin (name gin_trgm_ops);

-- 3. The parts of an incident are visible exactly when the incident is (V6), a condition PostgreSQL checks for every
--    part row it reads. It may check it against a hash of every incident the reader may see, built from the whole
--    table with the incident's policy for each row, and chose to whenever a few hundred part rows were expected: a
--    list filtered by an article or a type (and its count) read all incidents once more for that check, whatever
--    the page (72 ms against 3 ms at 10k incidents; linear in the record). "offset 0" keeps the condition as it
--    is, a lookup of the one incident by its key for each part row read. The condition itself is unchanged.
alter policy incident_type_of_visible on incident_type
    using (exists (select 1 from incident r where r.id = incident_type.incident_id offset 0));
alter policy incident_right_of_visible on incident_right
    using (exists (select 1 from incident r where r.id = incident_right.incident_id offset 0));
alter policy incident_victim_of_visible on incident_victim
    using (exists (select 1 from incident r where r.id = incident_victim.incident_id offset 0));
alter policy incident_perpetrator_of_visible on incident_perpetrator
    using (exists (select 1 from incident r where r.id = incident_perpetrator.incident_id offset 0));
alter policy incident_article_of_visible on incident_article
    using (exists (select 1 from incident r where r.id = incident_article.incident_id offset 0));
alter policy incident_case_of_visible on incident_case
    using (exists (select 1 from incident r where r.id = incident_case.incident_id offset 0));
