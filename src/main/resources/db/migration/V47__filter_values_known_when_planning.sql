-- The ids an incident list's filter names by code (a type, a right, a perpetrator, an article, a place and the places
-- within it), computed while PostgreSQL plans the statement rather than while it runs it.
--
-- Why: a filter written as a join to vocabulary_term on the code leaves the term's id unknown to the planner, which
-- then estimates every term as common as the average one. "Detentions in Almaty, 2019 to 2021" was planned from the
-- 13,600 detentions (estimated 700) at 100,000 incidents, instead of from the 2,200 incidents of Almaty: 75 ms, where
-- the ids known when planning let it intersect the place and date indexes first: 10 ms. A function declared immutable
-- with constant arguments is computed once while planning, and its answer is then a value like any other, weighed
-- with the column's statistics.
--
-- They read tables, which an immutable function should not: what makes it safe here is that the answer cannot change
-- while a plan that holds it is used. Kuzet's statements are planned for each execution with the values given (a
-- reused plan takes them as parameters and computes the functions again when it runs), no index or stored expression
-- uses them, and a code's id never changes: a term, an article or a place is never given another code's id. A place
-- added within an area is found by the next statement planned.
--
-- A statement the driver has prepared may be planned once for any values (a generic plan), where a function of a
-- parameter is not computed while planning but where it stands, possibly once per row: "detentions in Almaty" took
-- 1.7 s that way. Their cost is therefore declared high, so that PostgreSQL keeps planning such a statement for its
-- values (a generic plan costed with them looks far dearer); planning every statement for its values instead would
-- plan again, at 20 ms each, the statements with the largest row-level security policies (citations).

create function kuzet_term_id(vocabulary text, code text) returns bigint
    language sql immutable parallel safe cost 100000
    set search_path = public, pg_temp
as $$
    select t.id from vocabulary_term t where t.vocabulary = $1 and t.code = $2
$$;

create function kuzet_article_id(code text, article text) returns bigint
    language sql immutable parallel safe cost 100000
    set search_path = public, pg_temp
as $$
    select a.id from legal_article a where a.code = $1 and a.article = $2
$$;

-- The place and every place within it (kuzet_places_in, V16), as an array.
create function kuzet_place_ids(area text) returns bigint[]
    language sql immutable parallel safe cost 100000
    set search_path = public, pg_temp
as $$
    select array(select kuzet_places_in($1))
$$;
